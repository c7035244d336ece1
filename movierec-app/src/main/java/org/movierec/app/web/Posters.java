package org.movierec.app.web;

import java.util.List;
import java.util.Locale;
import org.movierec.core.data.Movie;
import org.springframework.stereotype.Component;

/** Generated posters for movies without an image: two colours from the movie's first genres (used by templates as {@code @posters}). */
@Component("posters")
public class Posters {
    private static final List<String> GENRES = List.of("action", "adventure", "animation", "children", "comedy", "crime",
            "documentary", "drama", "fantasy", "film-noir", "horror", "imax", "musical", "mystery", "romance", "sci-fi",
            "thriller", "war", "western");

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
