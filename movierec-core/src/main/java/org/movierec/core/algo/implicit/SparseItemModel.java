package org.movierec.core.algo.implicit;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.movierec.core.algo.Explanation;
import org.movierec.core.data.Profile;
import org.movierec.core.util.BinaryArrays;

/**
 * Sparse item-item weights: for each item i, the items j it points to with their weights W[i][j]
 * (the truncated similarity lists of item kNN, the non-zero columns of SLIM's rows). A profile
 * scores item j by Σ_i s_i·W[i][j] over its interactions i, directly (no fold-in).
 */
public final class SparseItemModel extends RankingModel {
    private final ImplicitSignal signal;
    private final int[][] lists;
    private final float[][] sims;

    public SparseItemModel(ImplicitSignal signal, int[][] lists, float[][] sims) {
        this.signal = signal;
        this.lists = lists;
        this.sims = sims;
    }

    @Override
    public int itemCount() {
        return lists.length;
    }

    /** The items an item points to (do not modify). */
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

    /** Kind "neighbours": the interacted items pointing to the item, by their contribution. */
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

    /** Reads a model written by {@link #write}. */
    public static SparseItemModel read(DataInput in) throws IOException {
        ImplicitSignal signal = ImplicitSignal.read(in);
        int items = in.readInt();
        if (items < 0) {
            throw new IOException("corrupt item count " + items);
        }
        int[][] lists = new int[items][];
        float[][] sims = new float[items][];
        for (int i = 0; i < items; i++) {
            lists[i] = BinaryArrays.readInts(in);
            sims[i] = BinaryArrays.readFloats(in);
            if (lists[i].length != sims[i].length) {
                throw new IOException("corrupt weights of item " + i);
            }
            for (int j : lists[i]) {
                if (j < 0 || j >= items) {
                    throw new IOException("corrupt item " + j + " in the weights of item " + i);
                }
            }
        }
        return new SparseItemModel(signal, lists, sims);
    }
}
