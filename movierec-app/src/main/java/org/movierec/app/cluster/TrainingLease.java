package org.movierec.app.cluster;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.movierec.app.store.TrainingLeaseRepository;
import org.springframework.stereotype.Component;

/**
 * Work that one instance at a time may do, such as training a model: {@link #underLease} runs it only while
 * this instance holds the named lease ({@code training_leases}), renewing it every third of
 * {@code movierec.cluster.lease-time} and giving it up afterwards. An instance that dies loses its lease when
 * it expires.
 */
@Component
public class TrainingLease {
    private final TrainingLeaseRepository leases;
    private final InstanceIdentity instance;
    private final ClusterProperties properties;
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "movierec-lease-renewal");
        thread.setDaemon(true);
        return thread;
    });

    public TrainingLease(TrainingLeaseRepository leases, InstanceIdentity instance, ClusterProperties properties) {
        this.leases = leases;
        this.instance = instance;
        this.properties = properties;
    }

    /** The work's result if this instance got the lease; empty, without running it, if another instance holds it. */
    public <T> Optional<T> underLease(String name, Supplier<T> work) {
        if (!leases.acquire(name, instance.id(), end())) {
            return Optional.empty();
        }
        long every = Math.max(1, properties.leaseTime().toMillis() / 3);
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(() -> leases.acquire(name, instance.id(), end()),
                every, every, TimeUnit.MILLISECONDS);
        try {
            return Optional.of(work.get());
        } finally {
            renewal.cancel(false);
            leases.release(name, instance.id());
        }
    }

    /** The lease name of training an algorithm's model. */
    public static String training(String algorithm) {
        return "model:" + algorithm;
    }

    private Instant end() {
        return Instant.now().plus(properties.leaseTime());
    }

    /** Ends the renewals (the context closes). */
    @jakarta.annotation.PreDestroy
    void shutdown() {
        renewals.shutdownNow();
    }
}
