package org.movierec.app.web;

import java.util.Locale;
import java.util.NoSuchElementException;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.service.MovieQuery;

/** Turns request parameters into service queries, with plain-sentence errors for bad values. */
final class Queries {
    private Queries() {
    }

    static MovieQuery movieQuery(String q, String genre, Integer yearFrom, Integer yearTo, Integer minRatings, Double minAverage,
            String sort, int page, int size) {
        return movieQuery(q, genre, yearFrom, yearTo, minRatings, minAverage, sort, page, size, null);
    }

    /** A query limited to the movies (ascending ids; null: any). */
    static MovieQuery movieQuery(String q, String genre, Integer yearFrom, Integer yearTo, Integer minRatings, Double minAverage,
            String sort, int page, int size, int[] movieIds) {
        return new MovieQuery(q, genre, yearFrom, yearTo, minRatings, minAverage, sort(sort), page, size, movieIds);
    }

    static MovieQuery.Sort sort(String sort) {
        try {
            return sort == null || sort.isBlank() ? MovieQuery.Sort.POPULAR : MovieQuery.Sort.valueOf(sort.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort must be one of popular, rating, newest, oldest, title; was '" + sort + "'");
        }
    }

    /** The id, if the catalogue has the movie. */
    static int existing(MovieLibrary library, int id) {
        if (!library.contains(id)) {
            throw new NoSuchElementException("there is no movie with id " + id);
        }
        return id;
    }

    /** The rating, if the scale accepts it. */
    static float rating(MovieLibrary library, Float rating) {
        if (rating == null || !library.scale().accepts(rating)) {
            throw new IllegalArgumentException("a rating must be " + library.scale().describe() + "; was " + rating);
        }
        return rating;
    }
}
