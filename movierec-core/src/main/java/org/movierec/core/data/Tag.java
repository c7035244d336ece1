package org.movierec.core.data;

/** A free-text tag a user put on a movie, with its time (epoch seconds, 0 when unknown). */
public record Tag(int userId, int movieId, String tag, long timestamp) {
}
