package org.movierec.core.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One algorithm's evaluation: its name, its parameters and each metric summarised over folds, in
 * report order.
 */
public record AlgorithmResult(String algorithm, Map<String, Object> params, Map<String, MetricSummary> metrics) {

    public AlgorithmResult {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** The mean of the metric over folds. */
    public double mean(String metric) {
        MetricSummary s = metrics.get(metric);
        if (s == null) {
            throw new IllegalArgumentException("no metric '" + metric + "'; measured: " + String.join(", ", metrics.keySet()));
        }
        return s.mean();
    }
}
