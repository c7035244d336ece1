package org.movierec.core.algo.implicit;

import java.util.List;
import java.util.function.IntPredicate;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.data.Profile;
import org.movierec.core.util.TopK;

/**
 * Base of the top-N models: they score the whole catalogue at once for a profile and predict no
 * ratings. {@link #predict} is NaN (a ranking score is not on the rating scale); {@link #score}
 * and {@link #recommend} use {@link #scoreAll}. Scores are unscaled preferences, larger is better;
 * NaN for an item the model has no basis for (it is then never recommended).
 */
public abstract class RankingModel implements Model {

    /** Writes the ranking score of every item (0..itemCount-1) for the profile into out. */
    public abstract void scoreAll(Profile user, float[] out);

    /** Always NaN: a top-N model ranks items and predicts no ratings. */
    @Override
    public double predict(Profile user, int item) {
        return Double.NaN;
    }

    @Override
    public void score(Profile user, int[] items, float[] out) {
        float[] all = new float[itemCount()];
        scoreAll(user, all);
        for (int k = 0; k < items.length; k++) {
            int item = items[k];
            out[k] = item >= 0 && item < all.length ? all[item] : Float.NaN;
        }
    }

    @Override
    public List<ScoredItem> recommend(Profile user, int n, IntPredicate candidate) {
        float[] all = new float[itemCount()];
        scoreAll(user, all);
        return TopK.selectIndices(all, n, candidate);
    }
}
