package org.movierec.core.eval;

/**
 * Top-N accuracy of one user's list at cut-off k, with binary relevance. Each metric is a small
 * stateless object that sees only the ranked list (best first; items beyond position k are ignored)
 * and the user's relevant held-out items (ascending item indices, at least one). A list shorter
 * than k is measured as it is: the missing positions count as misses.
 */
public enum AccuracyMetric {
    /** Relevant items in the top k, divided by k (not by the list's length). */
    PRECISION("precision") {
        @Override
        public double measure(int[] ranked, int k, int[] relevant) {
            return (double) hits(ranked, k, relevant) / k;
        }
    },
    /** Relevant items in the top k, divided by the number of relevant items. */
    RECALL("recall") {
        @Override
        public double measure(int[] ranked, int k, int[] relevant) {
            return (double) hits(ranked, k, relevant) / relevant.length;
        }
    },
    /**
     * Normalised discounted cumulative gain: the sum of 1 / log2(position + 1) over relevant
     * positions (1-based), divided by the same sum for an ideal list of min(k, |relevant|) hits.
     */
    NDCG("ndcg") {
        @Override
        public double measure(int[] ranked, int k, int[] relevant) {
            double dcg = 0;
            int n = Math.min(k, ranked.length);
            for (int j = 0; j < n; j++) {
                if (isRelevant(ranked[j], relevant)) {
                    dcg += discount(j + 1);
                }
            }
            double ideal = 0;
            for (int j = 1; j <= Math.min(k, relevant.length); j++) {
                ideal += discount(j);
            }
            return dcg / ideal;
        }
    },
    /**
     * Average precision at k as Microsoft Recommenders' {@code map_at_k} (after Spark MLlib's
     * {@code meanAveragePrecisionAt}): the sum, over relevant items at 1-based positions p ≤ k, of
     * (relevant items at positions ≤ p) / p, divided by min(k, |relevant|).
     */
    MAP("map") {
        @Override
        public double measure(int[] ranked, int k, int[] relevant) {
            double sum = 0;
            int hits = 0;
            int n = Math.min(k, ranked.length);
            for (int j = 0; j < n; j++) {
                if (isRelevant(ranked[j], relevant)) {
                    hits++;
                    sum += (double) hits / (j + 1);
                }
            }
            return sum / Math.min(k, relevant.length);
        }
    },
    /** Reciprocal of the 1-based position of the first relevant item in the top k; 0 when none. */
    MRR("mrr") {
        @Override
        public double measure(int[] ranked, int k, int[] relevant) {
            int n = Math.min(k, ranked.length);
            for (int j = 0; j < n; j++) {
                if (isRelevant(ranked[j], relevant)) {
                    return 1.0 / (j + 1);
                }
            }
            return 0;
        }
    },
    /** 1 when at least one relevant item is in the top k, else 0. */
    HIT_RATE("hitRate") {
        @Override
        public double measure(int[] ranked, int k, int[] relevant) {
            return hits(ranked, k, relevant) > 0 ? 1 : 0;
        }
    };

    private final String key;

    AccuracyMetric(String key) {
        this.key = key;
    }

    /** The metric's key in reports, e.g. "ndcg". */
    public String key() {
        return key;
    }

    /**
     * The metric of one user's list.
     *
     * @param ranked recommended items, best first, without duplicates
     * @param k the cut-off (at least 1)
     * @param relevant the user's relevant items, ascending; not empty
     */
    public abstract double measure(int[] ranked, int k, int[] relevant);

    static boolean isRelevant(int item, int[] relevant) {
        return java.util.Arrays.binarySearch(relevant, item) >= 0;
    }

    static int hits(int[] ranked, int k, int[] relevant) {
        int n = Math.min(k, ranked.length);
        int hits = 0;
        for (int j = 0; j < n; j++) {
            if (isRelevant(ranked[j], relevant)) {
                hits++;
            }
        }
        return hits;
    }

    private static double discount(int position) {
        return 1 / (Math.log(position + 1) / Math.log(2));
    }
}
