package org.movierec.app.store;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The movies each user wants to watch (table {@code watchlist}); every write is one atomic statement. */
@Repository
public class WatchlistRepository {
    private final JdbcClient jdbc;

    public WatchlistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One watchlisted movie and when it was added (epoch seconds). */
    public record Entry(int movieId, long addedAt) {
    }

    /** Adds the movie; false if it was already on the watchlist (its time is kept). */
    public boolean add(int userId, int movieId) {
        return jdbc.sql("INSERT INTO watchlist (user_id, movie_id, added_at) VALUES (?, ?, ?) ON CONFLICT (user_id, movie_id) DO NOTHING")
                .params(userId, movieId, Instant.now().getEpochSecond()).update() > 0;
    }

    /** Removes the movie; false if it was not on the watchlist. */
    public boolean remove(int userId, int movieId) {
        return jdbc.sql("DELETE FROM watchlist WHERE user_id = ? AND movie_id = ?").params(userId, movieId).update() > 0;
    }

    /** The user's watchlist, most recently added first. */
    public List<Entry> entries(int userId) {
        return jdbc.sql("SELECT movie_id, added_at FROM watchlist WHERE user_id = ? ORDER BY added_at DESC, movie_id")
                .param(userId).query((row, n) -> new Entry(row.getInt(1), row.getLong(2))).list();
    }

    public boolean contains(int userId, int movieId) {
        return jdbc.sql("SELECT COUNT(*) FROM watchlist WHERE user_id = ? AND movie_id = ?").params(userId, movieId)
                .query(Integer.class).single() > 0;
    }
}
