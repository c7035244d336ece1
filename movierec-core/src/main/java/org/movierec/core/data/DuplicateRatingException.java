package org.movierec.core.data;

/** Thrown when a data set holds two ratings by the same user for the same movie. */
public final class DuplicateRatingException extends IllegalArgumentException {
    private final int userId;
    private final int movieId;

    public DuplicateRatingException(int userId, int movieId) {
        super("user " + userId + " rated movie " + movieId + " more than once");
        this.userId = userId;
        this.movieId = movieId;
    }

    public int userId() {
        return userId;
    }

    public int movieId() {
        return movieId;
    }
}
