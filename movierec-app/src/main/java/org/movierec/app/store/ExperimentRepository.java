package org.movierec.app.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A/B experiments (table {@code experiments}); at most one runs at a time. */
@Repository
public class ExperimentRepository {
    private final JdbcClient jdbc;

    public ExperimentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An experiment: its arms (algorithm names) in order, and when it stopped (null: running). */
    public record Experiment(long id, String name, List<String> arms, long startedAt, Long stoppedAt) {
        public boolean running() {
            return stoppedAt == null;
        }
    }

    /** Stops any running experiment and starts this one; answers its id. */
    @Transactional
    public long start(String name, List<String> arms) {
        long now = Instant.now().getEpochSecond();
        jdbc.sql("UPDATE experiments SET stopped_at = ? WHERE stopped_at IS NULL").param(now).update();
        return jdbc.sql("INSERT INTO experiments (name, arms, started_at) VALUES (?, ?, ?) RETURNING id").params(name, String.join(",", arms), now)
                .query(Long.class).single();
    }

    /** Stops the experiment; false if it was not running. */
    public boolean stop(long id) {
        return jdbc.sql("UPDATE experiments SET stopped_at = ? WHERE id = ? AND stopped_at IS NULL").params(Instant.now().getEpochSecond(), id)
                .update() > 0;
    }

    public Optional<Experiment> running() {
        return all().stream().filter(Experiment::running).findFirst();
    }

    public Optional<Experiment> find(long id) {
        return all().stream().filter(e -> e.id() == id).findFirst();
    }

    /** Every experiment, newest first. */
    public List<Experiment> all() {
        return jdbc.sql("SELECT id, name, arms, started_at, stopped_at FROM experiments ORDER BY id DESC")
                .query((row, n) -> new Experiment(row.getLong(1), row.getString(2), Arrays.asList(row.getString(3).split(",")), row.getLong(4),
                        row.getObject(5) == null ? null : row.getLong(5)))
                .list();
    }
}
