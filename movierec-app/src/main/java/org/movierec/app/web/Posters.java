package org.movierec.app.web;

import java.util.List;
import java.util.Locale;
import org.movierec.core.data.Movie;
import org.springframework.stereotype.Component;

/**
 * Posters for templates ({@code @posters}): a generated poster for every movie (title, year and two colours
 * from its first genres), with the real poster from TMDb laid over it when an API key is configured.
 */
@Component("posters")
public class Posters {
    private static final List<String> GENRES = List.of("action", "adventure", "animation", "children", "comedy", "crime",
            "documentary", "drama", "fantasy", "film-noir", "horror", "imax", "musical", "mystery", "romance", "sci-fi",
            "thriller", "war", "western");

    private final TmdbPosters tmdb;

    public Posters(TmdbPosters tmdb) {
        this.tmdb = tmdb;
    }

    /** Whether pages should ask {@code /posters/{id}} for real posters (only with a TMDb API key). */
    public boolean real() {
        return tmdb.enabled();
    }

    /** A CSS style giving the poster its two hues. */
    public String style(Movie movie) {
        List<String> genres = movie.genres();
        int first = hue(genres.isEmpty() ? movie.title() : genres.get(0));
        int second = genres.size() > 1 ? hue(genres.get(1)) : (first + 40) % 360;
        return "--hue1:" + first + ";--hue2:" + second;
    }

    private static int hue(String genre) {
        int known = GENRES.indexOf(genre.toLowerCase(Locale.ROOT));
        return known >= 0 ? known * 360 / GENRES.size() : Math.floorMod(genre.hashCode(), 360);
    }
}
