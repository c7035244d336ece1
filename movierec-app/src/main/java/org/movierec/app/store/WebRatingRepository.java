package org.movierec.app.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ratings and "not interested" marks of one user (tables {@code ratings} and {@code hidden_movies}).
 * Every write is a single statement, so it is atomic and a concurrent write to another movie is never lost.
 */
@Repository
public class WebRatingRepository {
    private final JdbcClient jdbc;

    public WebRatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One rating of the user, with its time in epoch seconds. */
    public record UserRating(int movieId, float rating, long timestamp) {
    }

    /** The user's ratings, most recent first. */
    public List<UserRating> ratings(int userId) {
        return jdbc.sql("SELECT movie_id, rating, COALESCE(timestamp, 0) AS timestamp FROM ratings WHERE user_id = ? ORDER BY timestamp DESC, movie_id")
                .param(userId).query((row, n) -> new UserRating(row.getInt(1), row.getFloat(2), row.getLong(3))).list();
    }

    /** The user's ratings by movie id. */
    public Map<Integer, Float> ratingMap(int userId) {
        Map<Integer, Float> out = new LinkedHashMap<>();
        for (UserRating r : ratings(userId)) {
            out.put(r.movieId(), r.rating());
        }
        return out;
    }

    /** The user's rating of the movie with its time, if there is one (one row read, whatever the user's number of ratings). */
    public java.util.Optional<UserRating> userRating(int userId, int movieId) {
        return jdbc.sql("SELECT movie_id, rating, COALESCE(timestamp, 0) AS timestamp FROM ratings WHERE user_id = ? AND movie_id = ?")
                .params(userId, movieId).query((row, n) -> new UserRating(row.getInt(1), row.getFloat(2), row.getLong(3))).optional();
    }

    /** The user's rating of the movie, or null. */
    public Float rating(int userId, int movieId) {
        return jdbc.sql("SELECT rating FROM ratings WHERE user_id = ? AND movie_id = ?").params(userId, movieId)
                .query(Float.class).optional().orElse(null);
    }

    /** Sets (adds or changes) the user's rating of the movie. */
    public void put(int userId, int movieId, float rating) {
        jdbc.sql("INSERT INTO ratings (user_id, movie_id, rating, timestamp) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (user_id, movie_id) DO UPDATE SET rating = excluded.rating, timestamp = excluded.timestamp")
                .params(userId, movieId, rating, Instant.now().getEpochSecond()).update();
    }

    /** Removes the user's rating of the movie; true if there was one. */
    public boolean delete(int userId, int movieId) {
        return jdbc.sql("DELETE FROM ratings WHERE user_id = ? AND movie_id = ?").params(userId, movieId).update() > 0;
    }

    /**
     * How many ratings of each value the movie has now, web ratings included, by ascending value
     * (one lookup of the index {@code ratings_movie}).
     */
    public Map<Float, Integer> ratingCounts(int movieId) {
        Map<Float, Integer> out = new TreeMap<>();
        jdbc.sql("SELECT rating, COUNT(*) FROM ratings WHERE movie_id = ? GROUP BY rating").param(movieId)
                .query((row, n) -> out.put(row.getFloat(1), row.getInt(2))).list();
        return out;
    }

    /** The times (epoch seconds, 0 when unknown) of all the user's ratings. */
    public long[] timestamps(int userId) {
        return jdbc.sql("SELECT COALESCE(timestamp, 0) FROM ratings WHERE user_id = ?").param(userId).query(Long.class).list()
                .stream().mapToLong(Long::longValue).toArray();
    }

    /** Marks the movie "not interested" for the user. */
    public void hide(int userId, int movieId) {
        jdbc.sql("INSERT INTO hidden_movies (user_id, movie_id, hidden_at) VALUES (?, ?, ?) ON CONFLICT (user_id, movie_id) DO NOTHING")
                .params(userId, movieId, Instant.now().getEpochSecond()).update();
    }

    /** The movies the user marked "not interested". */
    public Set<Integer> hidden(int userId) {
        return new TreeSet<>(jdbc.sql("SELECT movie_id FROM hidden_movies WHERE user_id = ?").param(userId).query(Integer.class).list());
    }
}
