package org.movierec.app.store;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The app instances running on the database (table {@code app_instances}), each with the model versions it serves. */
@Repository
public class AppInstanceRepository {
    private final JdbcClient jdbc;

    public AppInstanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One instance.
     *
     * @param serving the model versions it serves, as text ({@code ease v3, hybrid v5})
     */
    public record AppInstance(String id, String address, Instant startedAt, Instant seenAt, String serving) {
    }

    /** Adds or updates the instance's row, seen now. */
    public void report(String id, String address, Instant startedAt, String serving) {
        jdbc.sql("INSERT INTO app_instances (id, address, started_at, seen_at, serving) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
                        + " SET seen_at = excluded.seen_at, serving = excluded.serving")
                .params(id, address, startedAt.getEpochSecond(), Instant.now().getEpochSecond(), serving).update();
    }

    /** The instances seen since the time, the earliest started first; older rows are deleted. */
    public List<AppInstance> seenSince(Instant time) {
        jdbc.sql("DELETE FROM app_instances WHERE seen_at < ?").param(time.getEpochSecond()).update();
        return jdbc.sql("SELECT id, address, started_at, seen_at, serving FROM app_instances ORDER BY started_at, id")
                .query((row, n) -> new AppInstance(row.getString(1), row.getString(2), Instant.ofEpochSecond(row.getLong(3)),
                        Instant.ofEpochSecond(row.getLong(4)), row.getString(5))).list();
    }

    /** Removes the instance's row (it stops). */
    public void remove(String id) {
        jdbc.sql("DELETE FROM app_instances WHERE id = ?").param(id).update();
    }
}
