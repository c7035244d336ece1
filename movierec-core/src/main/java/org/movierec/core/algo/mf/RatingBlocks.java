package org.movierec.core.algo.mf;

import java.util.SplittableRandom;
import org.movierec.core.data.RatingMatrix;

/**
 * The ratings of a training matrix cut into the {@link Strata} blocks, each as packed parallel
 * arrays (user, item, value) that SGD reads sequentially in a freshly shuffled order every epoch.
 */
final class RatingBlocks {
    final int[][] users = new int[Strata.COUNT * Strata.COUNT][];
    final int[][] items = new int[Strata.COUNT * Strata.COUNT][];
    final float[][] values = new float[Strata.COUNT * Strata.COUNT][];

    RatingBlocks(RatingMatrix train, Strata strata) {
        int[] ptr = train.userPointers();
        int[] rowItems = train.userItems();
        float[] rowValues = train.userValues();
        int[] sizes = new int[users.length];
        for (int u = 0; u < train.userCount(); u++) {
            for (int p = ptr[u]; p < ptr[u + 1]; p++) {
                sizes[block(strata.userStratum[u], strata.itemStratum[rowItems[p]])]++;
            }
        }
        for (int b = 0; b < users.length; b++) {
            users[b] = new int[sizes[b]];
            items[b] = new int[sizes[b]];
            values[b] = new float[sizes[b]];
        }
        int[] fill = new int[users.length];
        for (int u = 0; u < train.userCount(); u++) {
            for (int p = ptr[u]; p < ptr[u + 1]; p++) {
                int b = block(strata.userStratum[u], strata.itemStratum[rowItems[p]]);
                int n = fill[b]++;
                users[b][n] = u;
                items[b][n] = rowItems[p];
                values[b][n] = rowValues[p];
            }
        }
    }

    static int block(int userStratum, int itemStratum) {
        return userStratum * Strata.COUNT + itemStratum;
    }

    /** Shuffles block b's ratings in place. */
    void shuffle(int b, SplittableRandom random) {
        int[] us = users[b];
        int[] is = items[b];
        float[] vs = values[b];
        for (int j = us.length - 1; j > 0; j--) {
            int r = random.nextInt(j + 1);
            int tu = us[j];
            us[j] = us[r];
            us[r] = tu;
            int ti = is[j];
            is[j] = is[r];
            is[r] = ti;
            float tv = vs[j];
            vs[j] = vs[r];
            vs[r] = tv;
        }
    }
}
