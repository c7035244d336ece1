package org.movierec.app.service;

/**
 * A filtered, sorted, paged listing of the catalogue. Null filters do not filter; page counts from 0.
 *
 * @param movieIds only these movies (ascending ids, e.g. a person's from {@link PersonIndex}); null: any
 */
public record MovieQuery(String q, String genre, Integer yearFrom, Integer yearTo, Integer minRatings, Double minAverage,
        Sort sort, int page, int size, int[] movieIds) {

    /** A query of any movie. */
    public MovieQuery(String q, String genre, Integer yearFrom, Integer yearTo, Integer minRatings, Double minAverage,
            Sort sort, int page, int size) {
        this(q, genre, yearFrom, yearTo, minRatings, minAverage, sort, page, size, null);
    }

    /** Orders of a listing. */
    public enum Sort {
        POPULAR, RATING, NEWEST, OLDEST, TITLE
    }

    public MovieQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, was " + page);
        }
        if (size < 1) {
            throw new IllegalArgumentException("page size must be 1 or more, was " + size);
        }
        if (sort == null) {
            sort = Sort.POPULAR;
        }
        if (genre != null && genre.isBlank()) {
            genre = null;
        }
    }
}
