package org.movierec.app.store;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Leases in the table {@code training_leases}: at most one holder per name until the lease expires, so
 * one app instance at a time trains a model. Taking and renewing are one atomic upsert each.
 */
@Repository
public class TrainingLeaseRepository {
    private final JdbcClient jdbc;

    public TrainingLeaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes or renews the lease until the time: true if the holder has it now (it was free, expired or
     * the holder's already), false if someone else holds it.
     */
    public boolean acquire(String name, String holder, Instant until) {
        long now = Instant.now().getEpochSecond();
        return jdbc.sql("INSERT INTO training_leases (name, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE"
                        + " SET holder = excluded.holder, expires_at = excluded.expires_at"
                        + " WHERE training_leases.holder = excluded.holder OR training_leases.expires_at < ?")
                .params(name, holder, until.getEpochSecond(), now).update() > 0;
    }

    /** Gives the lease up if the holder has it. */
    public void release(String name, String holder) {
        jdbc.sql("DELETE FROM training_leases WHERE name = ? AND holder = ?").params(name, holder).update();
    }
}
