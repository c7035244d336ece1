package org.movierec.app.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.movierec.app.store.ChangeLogRepository;
import org.movierec.app.store.ChangeLogRepository.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the change log every poll interval ({@code movierec.cluster.poll-interval}, 1 s) from the row after
 * the last one applied and applies the rows in their order ({@link ChangeLog#applyRemote}), so writes
 * committed through other instances reach this one's in-memory state within about one interval. Starts
 * from {@link ChangeLogStart}. A failed read (database unreachable) is logged and tried again at the next
 * interval from the same row. Once an hour, rows older than {@code movierec.cluster.log-retention} are deleted.
 */
@Component
public class ChangeLogPoller extends PeriodicTask {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeLogPoller.class);
    private static final int BATCH = 10_000;
    private static final long PRUNE_EVERY_SECONDS = 3600;

    private final ChangeLogRepository log;
    private final ChangeLog changes;
    private final ClusterProperties properties;
    private volatile long applied;
    private long lastPrune;

    public ChangeLogPoller(ChangeLogRepository log, ChangeLog changes, ClusterProperties properties, ChangeLogStart start) {
        super("movierec-change-log");
        this.log = log;
        this.changes = changes;
        this.properties = properties;
        this.applied = start.seq();
    }

    /** The number of the last row applied (or known to be in the loaded data). */
    public long applied() {
        return applied;
    }

    /** Reads and applies every row committed since the last call; answers how many rows were read. */
    public synchronized int poll() {
        int read = 0;
        List<Entry> batch;
        do {
            batch = log.after(applied, BATCH);
            if (!batch.isEmpty()) {
                changes.applyRemote(batch);
                applied = batch.get(batch.size() - 1).seq();
                read += batch.size();
            }
        } while (batch.size() == BATCH);
        return read;
    }

    @Override
    Duration delay() {
        return properties.pollInterval();
    }

    @Override
    void runOnce() {
        poll();
        long now = Instant.now().getEpochSecond();
        if (now - lastPrune >= PRUNE_EVERY_SECONDS) {
            lastPrune = now;
            int deleted = log.deleteBefore(Instant.now().minus(properties.logRetention()));
            if (deleted > 0) {
                LOG.info("Deleted {} change log rows older than {}", deleted, properties.logRetention());
            }
        }
    }
}
