package org.movierec.core.algo.implicit;

import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.movierec.core.algo.Explanation;
import org.movierec.core.data.Profile;
import org.movierec.core.util.BinaryArrays;

/**
 * Truncated item-item similarity lists: item i's most similar items with their similarities,
 * best first. Any profile is scored directly from its interactions.
 */
public final class ItemKnnImplicitModel extends RankingModel {
    private final ImplicitSignal signal;
    private final int[][] lists;
    private final float[][] sims;

    ItemKnnImplicitModel(ImplicitSignal signal, int[][] lists, float[][] sims) {
        this.signal = signal;
        this.lists = lists;
        this.sims = sims;
    }

    @Override
    public int itemCount() {
        return lists.length;
    }

    /** The neighbours of an item, most similar first (do not modify). */
    public int[] neighbours(int item) {
        return lists[item];
    }

    @Override
    public void scoreAll(Profile user, float[] out) {
        Profile x = signal.apply(user);
        Arrays.fill(out, 0, lists.length, 0f);
        for (int k = 0; k < x.size(); k++) {
            int i = x.items()[k];
            if (i >= lists.length) {
                continue;
            }
            float v = x.values()[k];
            int[] list = lists[i];
            float[] sim = sims[i];
            for (int n = 0; n < list.length; n++) {
                out[list[n]] += v * sim[n];
            }
        }
    }

    /** Kind "neighbours": the interacted items whose lists hold the item, by their contribution. */
    @Override
    public Explanation explain(Profile user, int item) {
        Profile x = signal.apply(user);
        int[] items = new int[x.size()];
        float[] w = new float[x.size()];
        int n = 0;
        for (int k = 0; k < x.size(); k++) {
            int i = x.items()[k];
            if (i >= lists.length) {
                continue;
            }
            int[] list = lists[i];
            for (int p = 0; p < list.length; p++) {
                if (list[p] == item) {
                    items[n] = i;
                    w[n++] = x.values()[k] * sims[i][p];
                    break;
                }
            }
        }
        return Explanations.strongest("neighbours", items, w, n);
    }

    @Override
    public void write(DataOutput out) throws IOException {
        signal.write(out);
        out.writeInt(lists.length);
        for (int i = 0; i < lists.length; i++) {
            BinaryArrays.writeInts(out, lists[i]);
            BinaryArrays.writeFloats(out, sims[i]);
        }
    }
}
