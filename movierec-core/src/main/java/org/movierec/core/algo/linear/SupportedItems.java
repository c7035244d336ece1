package org.movierec.core.algo.linear;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.movierec.core.algo.implicit.Interactions;

/**
 * The items a linear model fits: those with at least a given number of interactions, at most a given
 * number of them (the most interacted), in index order ({@code selected}), and for every item its
 * position among them ({@code sub}, -1 when left out).
 */
record SupportedItems(int[] selected, int[] sub) {

    /**
     * The items with at least minSupport interactions; when more than maxItems qualify, the maxItems
     * with the most interactions (ties: the lower index), so the dense n x n matrices stay within what
     * maxItems allows. The items left out score NaN, which a caller fills from a fallback.
     */
    static SupportedItems of(Interactions x, int minSupport, int maxItems) {
        int items = x.itemCount();
        int[] eligible = IntStream.range(0, items).filter(i -> x.itemSupport(i) >= minSupport).toArray();
        int[] kept = eligible;
        if (eligible.length > maxItems) {
            kept = IntStream.of(eligible).boxed()
                    .sorted(Comparator.comparingInt((Integer i) -> -x.itemSupport(i)).thenComparingInt(i -> i))
                    .limit(maxItems).mapToInt(Integer::intValue).sorted().toArray();
        }
        int[] sub = new int[items];
        Arrays.fill(sub, -1);
        for (int a = 0; a < kept.length; a++) {
            sub[kept[a]] = a;
        }
        return new SupportedItems(kept, sub);
    }

    /**
     * The most items whose dense n x n matrix of bytesPerEntry-byte entries fits in the budget
     * (at least 1).
     */
    static int affordable(long budgetBytes, int bytesPerEntry) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (long) Math.sqrt((double) budgetBytes / bytesPerEntry)));
    }

    int count() {
        return selected.length;
    }
}
