package org.movierec.core.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Quantiles of a count (ratings per user, per movie) by the nearest-rank method, the one summary used for
 * release files ({@link DatasetStatistics}) and for the database; all 0 for no data.
 */
public record Quantiles(int min, int p10, int p25, int median, int p75, int p90, int p99, int max) {

    /** The quantiles of the values (left unchanged). */
    public static Quantiles of(int[] values) {
        if (values.length == 0) {
            return new Quantiles(0, 0, 0, 0, 0, 0, 0, 0);
        }
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Quantiles(sorted[0], rank(sorted, 0.1), rank(sorted, 0.25), rank(sorted, 0.5), rank(sorted, 0.75),
                rank(sorted, 0.9), rank(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static int rank(int[] sorted, double q) {
        int k = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
    }

    /** The quantiles by name, in order: min, p10, p25, median, p75, p90, p99, max. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("min", min);
        map.put("p10", p10);
        map.put("p25", p25);
        map.put("median", median);
        map.put("p75", p75);
        map.put("p90", p90);
        map.put("p99", p99);
        map.put("max", max);
        return map;
    }
}
