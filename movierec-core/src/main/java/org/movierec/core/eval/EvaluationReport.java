package org.movierec.core.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of an evaluation: its protocol, one result per algorithm that finished, in the order given,
 * and why each other algorithm failed (algorithm name → reason; empty when all finished).
 */
public record EvaluationReport(Protocol protocol, List<AlgorithmResult> results, Map<String, String> failures) {
    public EvaluationReport {
        results = List.copyOf(results);
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    /** A report of algorithms that all finished. */
    public EvaluationReport(Protocol protocol, List<AlgorithmResult> results) {
        this(protocol, results, Map.of());
    }
}
