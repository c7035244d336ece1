package org.movierec.core.algo;

import java.util.List;

/**
 * The evidence behind a score, strongest first.
 *
 * @param kind what sort of evidence it is, e.g. "neighbours" (rated items similar to this one),
 *     "similar-users", "factors" (rated items whose latent factors agree), "popularity", "content"
 * @param reasons the pieces of evidence
 */
public record Explanation(String kind, List<Reason> reasons) {
    public Explanation {
        reasons = List.copyOf(reasons);
    }

    public static Explanation none(String kind) {
        return new Explanation(kind, List.of());
    }

    /**
     * One piece of evidence: a rated item (dense index, or -1) or a named feature (genre, director,
     * tag; or null), and its weight in the score (larger means stronger).
     */
    public record Reason(int item, String feature, double weight) {
        public static Reason item(int item, double weight) {
            return new Reason(item, null, weight);
        }

        public static Reason feature(String feature, double weight) {
            return new Reason(-1, feature, weight);
        }
    }
}
