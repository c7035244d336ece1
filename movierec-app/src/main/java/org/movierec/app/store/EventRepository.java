package org.movierec.app.store;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What signed-in users did (table {@code events}, indexed by user and time). */
@Repository
public class EventRepository {
    private final JdbcClient jdbc;

    public EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One event.
     *
     * @param impressionId the recommendation list it came from, or null
     * @param position the movie's rank in that list (0 = first), or null
     * @param algorithm the model that served that list, or null
     */
    public record Event(long id, long at, EventType type, int movieId, Long impressionId, Integer position, String algorithm) {
    }

    /** Records an event happening now. */
    public void record(int userId, EventType type, int movieId, Long impressionId, Integer position) {
        jdbc.sql("INSERT INTO events (user_id, at, type, movie_id, impression_id, position) VALUES (?, ?, ?, ?, ?, ?)")
                .params(userId, Instant.now().getEpochSecond(), type.code(), movieId, impressionId, position).update();
    }

    /** The user's events since the time (epoch seconds), most recent first, at most limit. */
    public List<Event> events(int userId, long since, int limit) {
        return jdbc.sql("SELECT e.id, e.at, e.type, e.movie_id, e.impression_id, e.position, i.algorithm FROM events e"
                + " LEFT JOIN impressions i ON i.id = e.impression_id WHERE e.user_id = ? AND e.at >= ? ORDER BY e.at DESC, e.id DESC LIMIT ?")
                .params(userId, since, limit)
                .query((row, n) -> new Event(row.getLong(1), row.getLong(2), EventType.ofCode(row.getInt(3)), row.getInt(4),
                        row.getObject(5) == null ? null : row.getLong(5), row.getObject(6) == null ? null : row.getInt(6), row.getString(7)))
                .list();
    }

    /** Deletes the user's whole history (events and impressions); answers how many events went. */
    public int deleteAll(int userId) {
        int events = jdbc.sql("DELETE FROM events WHERE user_id = ?").param(userId).update();
        jdbc.sql("DELETE FROM impression_items WHERE impression_id IN (SELECT id FROM impressions WHERE user_id = ?)").param(userId).update();
        jdbc.sql("DELETE FROM impressions WHERE user_id = ?").param(userId).update();
        return events;
    }
}
