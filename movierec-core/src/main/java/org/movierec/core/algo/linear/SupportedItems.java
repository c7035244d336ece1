package org.movierec.core.algo.linear;

import java.util.Arrays;
import org.movierec.core.algo.implicit.Interactions;

/**
 * The items a linear model fits: those with at least a given number of interactions, in index order
 * ({@code selected}), and for every item its position among them ({@code sub}, -1 when left out).
 */
record SupportedItems(int[] selected, int[] sub) {

    /**
     * The items with at least minSupport interactions; more than maxItems of them is refused with a
     * sentence naming the algorithm and the memory its dense n x n matrix of bytesPerEntry-byte entries needs.
     */
    static SupportedItems of(Interactions x, int minSupport, int maxItems, String algorithm, int bytesPerEntry, String matrix) {
        int items = x.itemCount();
        int[] sub = new int[items];
        Arrays.fill(sub, -1);
        int[] modelled = new int[items];
        int m = 0;
        for (int i = 0; i < items; i++) {
            if (x.itemSupport(i) >= minSupport) {
                sub[i] = m;
                modelled[m++] = i;
            }
        }
        if (m > maxItems) {
            throw new IllegalArgumentException(algorithm + " would model " + m + " items with at least " + minSupport
                    + " interactions, needing " + ((long) bytesPerEntry * m * m >> 20) + " MB for " + matrix
                    + "; raise min-support or max-items");
        }
        return new SupportedItems(Arrays.copyOf(modelled, m), sub);
    }

    int count() {
        return selected.length;
    }
}
