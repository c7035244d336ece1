package org.movierec.app.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.movierec.app.store.AppInstanceRepository;
import org.movierec.app.store.AppInstanceRepository.AppInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the database every few seconds that this instance runs and which model versions it serves
 * ({@code app_instances}), and lists the instances running now for the models page. The row goes when the
 * instance stops; an instance killed outright drops out of the list once it has not reported for {@value #GONE_AFTER_SECONDS} s.
 */
@Component
public class InstanceHeartbeat extends PeriodicTask {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceHeartbeat.class);
    private static final long EVERY_SECONDS = 5;
    private static final long GONE_AFTER_SECONDS = 30;

    private final AppInstanceRepository instances;
    private final InstanceIdentity instance;
    private final ServedVersions served;
    private final Instant started = Instant.now();

    public InstanceHeartbeat(AppInstanceRepository instances, InstanceIdentity instance, ServedVersions served) {
        super("movierec-heartbeat");
        this.instances = instances;
        this.instance = instance;
        this.served = served;
    }

    /** The instances that reported in the last {@value #GONE_AFTER_SECONDS} s, this one included. */
    public List<AppInstance> running() {
        report();
        return instances.seenSince(Instant.now().minus(Duration.ofSeconds(GONE_AFTER_SECONDS)));
    }

    /** This instance's id (to mark it in the list). */
    public String self() {
        return instance.id();
    }

    private void report() {
        String serving = served.all().entrySet().stream().map(e -> e.getKey() + " v" + e.getValue()).collect(Collectors.joining(", "));
        instances.report(instance.id(), instance.address(), started, serving);
    }

    @Override
    Duration delay() {
        return Duration.ofSeconds(EVERY_SECONDS);
    }

    @Override
    void runOnce() {
        report();
    }

    @Override
    void stopped() {
        try {
            instances.remove(instance.id());
        } catch (RuntimeException e) {
            LOG.warn("Could not remove this instance from the database: {}", e.toString());
        }
    }
}
