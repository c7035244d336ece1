package org.movierec.app.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of running several instances on one database ({@code movierec.cluster.*}, MOVIEREC_CLUSTER_*).
 *
 * @param pollInterval how often the change log is read for other instances' writes (default 1 s)
 * @param logRetention how long change log rows are kept (default 1 day; an instance that starts loads the current state)
 * @param leaseTime how long a training lease lasts unless renewed (default 2 min)
 */
@ConfigurationProperties(prefix = "movierec.cluster")
public record ClusterProperties(Duration pollInterval, Duration logRetention, Duration leaseTime) {
    public ClusterProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        logRetention = logRetention == null ? Duration.ofDays(1) : logRetention;
        leaseTime = leaseTime == null ? Duration.ofMinutes(2) : leaseTime;
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("movierec.cluster.poll-interval must be positive, was " + pollInterval);
        }
    }
}
