package org.movierec.core.algo.sequential;

import java.io.DataOutput;
import java.io.IOException;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.implicit.Explanations;
import org.movierec.core.algo.implicit.RankingModel;
import org.movierec.core.algo.linear.EaseModel;
import org.movierec.core.data.Profile;

/**
 * Scores (1 − blend)·e_j/max e + blend·s_j/max s: e the EASE item model's scores, s the transition
 * scores Σ decay^(steps since r)·P(j | r) over the profile's latest {@code window} ratings r. A profile
 * without times (order unknown) gets the item model alone.
 */
public final class SequentialModel extends RankingModel {
    /** Explanation kind of a score led by the latest ratings. */
    public static final String KIND = "sequence";
    private final EaseModel items;
    private final Transitions transitions;
    private final int window;
    private final double decay;
    private final double blend;

    SequentialModel(EaseModel items, Transitions transitions, int window, double decay, double blend) {
        if (items.itemCount() != transitions.itemCount()) {
            throw new IllegalArgumentException("item model of " + items.itemCount() + " items, transitions of " + transitions.itemCount());
        }
        this.items = items;
        this.transitions = transitions;
        this.window = window;
        this.decay = decay;
        this.blend = blend;
    }

    @Override
    public int itemCount() {
        return items.itemCount();
    }

    @Override
    public void scoreAll(Profile user, float[] out) {
        items.scoreAll(user, out);
        float[] next = successors(user);
        if (next == null) {
            return;
        }
        float itemScale = scale(out);
        float nextScale = scale(next);
        for (int j = 0; j < itemCount(); j++) {
            float e = Float.isNaN(out[j]) ? 0f : out[j];
            float s = (float) ((1 - blend) * e / itemScale + blend * next[j] / nextScale);
            out[j] = Float.isNaN(out[j]) && next[j] == 0 ? Float.NaN : s;
        }
    }

    /** The transition scores of every item, or null when the profile has no order (no times, or empty). */
    private float[] successors(Profile user) {
        if (user.times() == null || user.isEmpty()) {
            return null;
        }
        RecentItems recent = RecentItems.of(user.items(), user.times(), 0, user.size());
        float[] next = new float[itemCount()];
        int last = recent.lastStep();
        for (int k = recent.size() - 1; k >= Math.max(0, recent.size() - window); k--) {
            int item = recent.items()[k];
            if (item < itemCount()) {
                transitions.addSuccessors(item, (float) Math.pow(decay, last - recent.steps()[k]), next);
            }
        }
        return next;
    }

    /** The largest finite value, or 1 when none is positive. */
    private static float scale(float[] values) {
        float max = 0f;
        for (float v : values) {
            if (v > max) {
                max = v;
            }
        }
        return max > 0 ? max : 1f;
    }

    /**
     * Kind {@value #KIND}: the latest ratings by their transition weight towards the item, when any
     * leads to it; otherwise the item model's explanation.
     */
    @Override
    public Explanation explain(Profile user, int item) {
        if (user.times() != null && item >= 0 && item < itemCount()) {
            RecentItems recent = RecentItems.of(user.items(), user.times(), 0, user.size());
            int last = recent.lastStep();
            int n = Math.min(window, recent.size());
            int[] sources = new int[n];
            float[] weights = new float[n];
            int found = 0;
            for (int k = recent.size() - 1; k >= recent.size() - n; k--) {
                int source = recent.items()[k];
                float p = source < itemCount() ? transitions.probability(source, item) : 0f;
                if (p > 0) {
                    sources[found] = source;
                    weights[found++] = (float) Math.pow(decay, last - recent.steps()[k]) * p;
                }
            }
            if (found > 0) {
                return Explanations.strongest(KIND, sources, weights, found);
            }
        }
        return items.explain(user, item);
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(window);
        out.writeDouble(decay);
        out.writeDouble(blend);
        items.write(out);
        transitions.write(out);
    }
}
