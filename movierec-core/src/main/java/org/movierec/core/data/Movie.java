package org.movierec.core.data;

import java.util.List;
import java.util.Objects;

/**
 * A movie of the catalogue. {@code year} is 0 when unknown; {@code imdbId} and {@code tmdbId} are 0
 * when the release does not link them. Genres are in the release's order, without duplicates.
 */
public record Movie(int id, String title, int year, List<String> genres, int imdbId, int tmdbId) {
    public Movie {
        Objects.requireNonNull(title, "title");
        genres = List.copyOf(genres);
    }

    public Movie withLinks(int imdb, int tmdb) {
        return new Movie(id, title, year, genres, imdb, tmdb);
    }

    /** Title with the year, as shown to people: "The Matrix (1999)". */
    public String displayTitle() {
        return year > 0 ? title + " (" + year + ")" : title;
    }
}
