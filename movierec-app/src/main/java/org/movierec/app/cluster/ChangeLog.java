package org.movierec.app.cluster;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.movierec.app.store.ChangeLogRepository;
import org.movierec.app.store.ChangeLogRepository.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way a write tells every app instance that in-memory state changed. A writer calls {@link #record}
 * inside its transaction, as its last statement: the rows go into {@code change_log} with the write, so
 * they exist exactly when the write committed. Once it commits, this instance applies the change at once
 * (the {@link ChangeApplier} of its kind); the others apply it when their {@link ChangeLogPoller} reads it.
 *
 * <p>To make a new kind of write reach every instance: pick a kind name, call {@code record(kind, user,
 * movies)} in the write's transaction, and declare a {@link ChangeApplier} bean for that kind.
 */
@Component
public class ChangeLog {
    /** A user's ratings of the movies changed (set, changed, removed or imported). */
    public static final String RATING = "rating";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeLog.class);

    private final ChangeLogRepository log;
    private final InstanceIdentity instance;
    private final Map<String, ChangeApplier> appliers;

    public ChangeLog(ChangeLogRepository log, InstanceIdentity instance, List<ChangeApplier> appliers) {
        this.log = log;
        this.instance = instance;
        this.appliers = appliers.stream().collect(Collectors.toUnmodifiableMap(ChangeApplier::kind, Function.identity()));
    }

    /**
     * Records that the user's data of these movies changed, in the caller's transaction, and applies it
     * here once that transaction commits.
     *
     * @param kind the kind of change (at most 32 characters), e.g. {@link #RATING}
     * @throws IllegalStateException outside a transaction (the change would not be atomic with the write)
     */
    public void record(String kind, int userId, Collection<Integer> movieIds) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a change must be recorded in the transaction that makes it");
        }
        if (movieIds.isEmpty()) {
            return;
        }
        Set<Integer> movies = Set.copyOf(movieIds);
        log.append(kind, userId, movies, instance.id());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                apply(kind, userId, movies);
            }
        });
    }

    /**
     * Applies rows of the log in order, grouped per kind and user within the batch; rows this instance
     * wrote were applied when they committed and are skipped.
     */
    void applyRemote(List<Entry> entries) {
        Map<String, Map<Integer, Set<Integer>>> grouped = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (!entry.origin().equals(instance.id())) {
                grouped.computeIfAbsent(entry.kind(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(entry.userId(), u -> new LinkedHashSet<>()).add(entry.movieId());
            }
        }
        grouped.forEach((kind, byUser) -> byUser.forEach((user, movies) -> apply(kind, user, movies)));
    }

    private void apply(String kind, int userId, Set<Integer> movies) {
        ChangeApplier applier = appliers.get(kind);
        if (applier == null) {
            LOG.debug("No applier for changes of kind {}; ignored", kind);
            return;
        }
        applier.apply(userId, movies);
    }
}
