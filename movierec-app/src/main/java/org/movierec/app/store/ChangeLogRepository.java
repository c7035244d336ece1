package org.movierec.app.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code change_log}: one row per changed (user, movie) of every committed change that app
 * instances keep in memory, numbered by {@code seq}. On PostgreSQL, {@link #append} first takes a
 * transaction-scoped advisory lock, so rows get their numbers in commit order and a reader that saw
 * number n has seen every committed row below n; SQLite has a single writer, which gives the same.
 */
@Repository
public class ChangeLogRepository {
    /** The PostgreSQL advisory lock key that serializes appends to the log (an arbitrary constant). */
    private static final long APPEND_LOCK = 0x6d6f7669_6c6f6721L;

    private final JdbcClient jdbc;
    private final boolean postgresql;

    public ChangeLogRepository(JdbcClient jdbc, Database database) {
        this.jdbc = jdbc;
        this.postgresql = database.vendor() == Database.Vendor.POSTGRESQL;
    }

    /** One row of the log. */
    public record Entry(long seq, String kind, int userId, int movieId, String origin) {
    }

    /**
     * Appends rows (kind, user, each movie) in the caller's transaction; the advisory lock it takes on
     * PostgreSQL is held until that transaction ends, so call this last in the transaction.
     */
    public void append(String kind, int userId, Collection<Integer> movieIds, String origin) {
        if (postgresql) {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((row, n) -> 1).list();
        }
        long now = Instant.now().getEpochSecond();
        for (int movie : movieIds) {
            jdbc.sql("INSERT INTO change_log (kind, user_id, movie_id, origin, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(kind, userId, movie, origin, now).update();
        }
    }

    /** The number of the last committed row, 0 for an empty log. */
    public long lastSeq() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM change_log").query(Long.class).single();
    }

    /** Up to limit rows numbered above seq, in order. */
    public List<Entry> after(long seq, int limit) {
        return jdbc.sql("SELECT seq, kind, user_id, movie_id, origin FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?")
                .params(seq, limit)
                .query((row, n) -> new Entry(row.getLong(1), row.getString(2), row.getInt(3), row.getInt(4), row.getString(5))).list();
    }

    /**
     * Deletes rows written before the time, except the last row (SQLite would otherwise number the next row
     * from 1 again); answers how many went.
     */
    public int deleteBefore(Instant time) {
        return jdbc.sql("DELETE FROM change_log WHERE created_at < ? AND seq < (SELECT MAX(seq) FROM change_log)")
                .param(time.getEpochSecond()).update();
    }
}
