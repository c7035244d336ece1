package org.movierec.core.data;

import java.util.Arrays;

/**
 * One user's ratings as parallel arrays of item indices (ascending, no duplicates) and values.
 * {@code user} is the user's index in the training data when the ratings are exactly those the model
 * was trained on, and -1 otherwise (a visitor, a new account, or ratings changed since training):
 * models then fold the profile in instead of using what they learned for that user.
 * {@code times} holds when each rating was made (epoch seconds, parallel to items), or is null when
 * the order is unknown; only sequence-aware models read it.
 */
public record Profile(int user, int[] items, float[] values, long[] times) {

    public Profile {
        if (items.length != values.length) {
            throw new IllegalArgumentException(items.length + " items but " + values.length + " values");
        }
        if (times != null && times.length != items.length) {
            throw new IllegalArgumentException(items.length + " items but " + times.length + " times");
        }
        for (int k = 1; k < items.length; k++) {
            if (items[k] <= items[k - 1]) {
                throw new IllegalArgumentException("profile items must be strictly ascending");
            }
        }
    }

    /** A profile whose order is unknown. */
    public Profile(int user, int[] items, float[] values) {
        this(user, items, values, null);
    }

    /** A profile of unsorted (item, value) pairs for a user unknown to the model; later duplicates win. */
    public static Profile anonymous(int[] items, float[] values) {
        return anonymous(items, values, null);
    }

    /**
     * A profile of unsorted (item, value, time) triples for a user unknown to the model (times may be
     * null: order unknown); later duplicates win.
     */
    public static Profile anonymous(int[] items, float[] values, long[] times) {
        Integer[] order = new Integer[items.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> items[a] != items[b] ? Integer.compare(items[a], items[b]) : Integer.compare(b, a));
        int[] sortedItems = new int[items.length];
        float[] sortedValues = new float[items.length];
        long[] sortedTimes = times == null ? null : new long[items.length];
        int n = 0;
        for (int k = 0; k < order.length; k++) {
            int item = items[order[k]];
            if (n > 0 && sortedItems[n - 1] == item) {
                continue;
            }
            if (sortedTimes != null) {
                sortedTimes[n] = times[order[k]];
            }
            sortedItems[n] = item;
            sortedValues[n++] = values[order[k]];
        }
        return new Profile(-1, Arrays.copyOf(sortedItems, n), Arrays.copyOf(sortedValues, n),
                sortedTimes == null ? null : Arrays.copyOf(sortedTimes, n));
    }

    public static Profile empty() {
        return new Profile(-1, new int[0], new float[0]);
    }

    public int size() {
        return items.length;
    }

    public boolean isEmpty() {
        return items.length == 0;
    }

    /** True if the profile rated the item. */
    public boolean contains(int item) {
        return Arrays.binarySearch(items, item) >= 0;
    }

    /** The rating of the item, or NaN if not rated. */
    public float rating(int item) {
        int k = Arrays.binarySearch(items, item);
        return k >= 0 ? values[k] : Float.NaN;
    }

    /** Mean rating; NaN when empty. */
    public double mean() {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    /** The same ratings, no longer tied to a training index. */
    public Profile detached() {
        return user < 0 ? this : new Profile(-1, items, values, times);
    }
}
