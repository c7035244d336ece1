package org.movierec.core.algo.linear;

import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.implicit.Explanations;
import org.movierec.core.algo.implicit.ImplicitSignal;
import org.movierec.core.algo.implicit.RankingModel;
import org.movierec.core.data.Profile;
import org.movierec.core.util.BinaryArrays;

/**
 * A dense item-item weight matrix over the modelled items: the score of item j for a profile is
 * Σ_i x_i·B[i][j] over the profile's interactions x (so any profile is answered directly, without
 * fold-in). Items not modelled score NaN.
 */
public final class EaseModel extends RankingModel {
    private final ImplicitSignal signal;
    private final int itemCount;
    private final int[] selected;
    private final int[] sub;
    private final float[][] weights;

    EaseModel(ImplicitSignal signal, int itemCount, int[] selected, float[][] weights) {
        this.signal = signal;
        this.itemCount = itemCount;
        this.selected = selected;
        this.weights = weights;
        this.sub = new int[itemCount];
        Arrays.fill(sub, -1);
        for (int a = 0; a < selected.length; a++) {
            if (selected[a] < 0 || selected[a] >= itemCount || sub[selected[a]] >= 0) {
                throw new IllegalArgumentException("invalid modelled item " + selected[a]);
            }
            sub[selected[a]] = a;
        }
    }

    @Override
    public int itemCount() {
        return itemCount;
    }

    /** Number of items the weights cover. */
    public int modelledItemCount() {
        return selected.length;
    }

    @Override
    public void scoreAll(Profile user, float[] out) {
        Profile x = signal.apply(user);
        float[] acc = new float[selected.length];
        for (int k = 0; k < x.size(); k++) {
            int item = x.items()[k];
            int a = item < itemCount ? sub[item] : -1;
            if (a < 0) {
                continue;
            }
            float v = x.values()[k];
            float[] row = weights[a];
            for (int b = 0; b < acc.length; b++) {
                acc[b] += v * row[b];
            }
        }
        Arrays.fill(out, 0, itemCount, Float.NaN);
        for (int b = 0; b < acc.length; b++) {
            out[selected[b]] = acc[b];
        }
    }

    /** Kind "neighbours": the profile's items by their weight towards the item, largest first. */
    @Override
    public Explanation explain(Profile user, int item) {
        int b = item >= 0 && item < itemCount ? sub[item] : -1;
        if (b < 0) {
            return Explanation.none("neighbours");
        }
        Profile x = signal.apply(user);
        int[] items = new int[x.size()];
        float[] w = new float[x.size()];
        int n = 0;
        for (int k = 0; k < x.size(); k++) {
            int a = x.items()[k] < itemCount ? sub[x.items()[k]] : -1;
            if (a >= 0 && weights[a][b] != 0) {
                items[n] = x.items()[k];
                w[n++] = x.values()[k] * weights[a][b];
            }
        }
        return Explanations.strongest("neighbours", items, w, n);
    }

    @Override
    public void write(DataOutput out) throws IOException {
        signal.write(out);
        out.writeInt(itemCount);
        BinaryArrays.writeInts(out, selected);
        for (float[] row : weights) {
            BinaryArrays.writeFloats(out, row);
        }
    }
}
