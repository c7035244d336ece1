package org.movierec.core.algo.implicit;

import java.util.List;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.util.TopK;

/** Builds explanations from per-item contributions to a score. */
public final class Explanations {
    /** Most reasons an explanation lists. */
    public static final int MAX_REASONS = 10;

    private Explanations() {
    }

    /** The {@value #MAX_REASONS} items of largest contribution, largest first (items[k] contributed weights[k], k < n). */
    public static Explanation strongest(String kind, int[] items, float[] weights, int n) {
        TopK top = new TopK(Math.min(MAX_REASONS, n));
        for (int k = 0; k < n; k++) {
            top.offer(items[k], weights[k]);
        }
        List<ScoredItem> best = top.result();
        return new Explanation(kind, best.stream().map(s -> Explanation.Reason.item(s.item(), s.score())).toList());
    }
}
