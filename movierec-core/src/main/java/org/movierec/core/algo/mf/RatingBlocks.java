package org.movierec.core.algo.mf;

import java.util.SplittableRandom;
import org.movierec.core.data.RatingMatrix;

/**
 * The ratings of a training matrix cut into the {@link Strata} blocks, each as packed parallel
 * arrays (user, item, value) grouped by user. SGD reads a block user group by user group: groups in
 * a freshly shuffled order every epoch, each group's ratings freshly shuffled too. Keeping a user's
 * ratings together keeps the user's factor row at hand for the whole group.
 */
final class RatingBlocks {
    final int[][] users = new int[Strata.COUNT * Strata.COUNT][];
    final int[][] items = new int[Strata.COUNT * Strata.COUNT][];
    final float[][] values = new float[Strata.COUNT * Strata.COUNT][];
    /** Start of each user group of block b, then the end: group g is starts[b][g] until starts[b][g + 1]. */
    final int[][] starts = new int[Strata.COUNT * Strata.COUNT][];
    /** The groups of block b in the current order. */
    final int[][] order = new int[Strata.COUNT * Strata.COUNT][];

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
        for (int b = 0; b < users.length; b++) {
            int[] us = users[b];
            int groups = 0;
            for (int n = 0; n < us.length; n++) {
                if (n == 0 || us[n] != us[n - 1]) {
                    groups++;
                }
            }
            starts[b] = new int[groups + 1];
            order[b] = new int[groups];
            int g = 0;
            for (int n = 0; n < us.length; n++) {
                if (n == 0 || us[n] != us[n - 1]) {
                    order[b][g] = g;
                    starts[b][g++] = n;
                }
            }
            starts[b][groups] = us.length;
        }
    }

    static int block(int userStratum, int itemStratum) {
        return userStratum * Strata.COUNT + itemStratum;
    }

    /** Shuffles the order of block b's user groups and the ratings within each group. */
    void shuffle(int b, SplittableRandom random) {
        int[] groups = order[b];
        Strata.shuffle(groups, 0, groups.length, random);
        int[] is = items[b];
        float[] vs = values[b];
        for (int g : groups) {
            int from = starts[b][g];
            for (int j = starts[b][g + 1] - 1; j > from; j--) {
                int r = from + random.nextInt(j - from + 1);
                int ti = is[j];
                is[j] = is[r];
                is[r] = ti;
                float tv = vs[j];
                vs[j] = vs[r];
                vs[r] = tv;
            }
        }
    }
}
