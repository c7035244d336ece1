package org.movierec.app.cluster;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Which published version (training record id) of each algorithm this instance serves. Thread-safe. */
@Component
public class ServedVersions {
    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    /** Notes that this instance serves the version of the algorithm. */
    public void serving(String algorithm, long version) {
        versions.put(algorithm, version);
    }

    /** The version of the algorithm served here, if it is a recorded one. */
    public Optional<Long> of(String algorithm) {
        return Optional.ofNullable(versions.get(algorithm));
    }

    /** Algorithm → version, sorted by algorithm. */
    public Map<String, Long> all() {
        return new TreeMap<>(versions);
    }
}
