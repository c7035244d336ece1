package org.movierec.core.algo.sequential;

import java.util.Arrays;

/**
 * One user's ratings in time order: positions sorted by (time, item index), and for each its step,
 * the dense rank of its time (ratings made in the same second share a step). Equal times are thus
 * ordered by item index only to make the order deterministic; the model never treats that order as
 * meaningful: ratings of one step count as made together.
 */
record RecentItems(int[] items, int[] steps) {

    /** The items (parallel to times) in time order. */
    static RecentItems of(int[] items, long[] times, int from, int to) {
        int n = to - from;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (a, b) -> {
            int ia = from + a;
            int ib = from + b;
            int byTime = Long.compare(times[ia], times[ib]);
            return byTime != 0 ? byTime : Integer.compare(items[ia], items[ib]);
        });
        int[] sortedItems = new int[n];
        int[] steps = new int[n];
        for (int k = 0; k < n; k++) {
            int at = from + order[k];
            sortedItems[k] = items[at];
            steps[k] = k == 0 ? 0 : steps[k - 1] + (times[at] == times[from + order[k - 1]] ? 0 : 1);
        }
        return new RecentItems(sortedItems, steps);
    }

    int size() {
        return items.length;
    }

    /** Step of the latest rating (-1 when empty). */
    int lastStep() {
        return steps.length == 0 ? -1 : steps[steps.length - 1];
    }
}
