package org.movierec.core.algo.sequential;

import it.unimi.dsi.fastutil.longs.Long2DoubleMap;
import it.unimi.dsi.fastutil.longs.Long2DoubleOpenHashMap;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.BinaryArrays;

/**
 * Item-to-item transition probabilities P(next = j | earlier = i), sparse by row (CSR). Learned from
 * each user's ratings in time order: every rating is a target, and each of the window ratings around it
 * (by position) that was made no later is a source, weighted decay^(steps between them); ratings made in
 * the same second are sources of each other in both directions, so the tie order carries no signal.
 * Rows are normalised to sum 1.
 */
final class Transitions {
    private final int[] rowPtr;
    private final int[] columns;
    private final float[] probabilities;

    private Transitions(int[] rowPtr, int[] columns, float[] probabilities) {
        this.rowPtr = rowPtr;
        this.columns = columns;
        this.probabilities = probabilities;
    }

    static Transitions learn(RatingMatrix train, int window, double decay) {
        int items = train.itemCount();
        int[] ptr = train.userPointers();
        long[] times = train.userTimestamps();
        if (times == null) {
            throw new IllegalArgumentException("sequential needs rating timestamps; the data has none");
        }
        Long2DoubleOpenHashMap weights = new Long2DoubleOpenHashMap();
        for (int u = 0; u < train.userCount(); u++) {
            RecentItems seq = RecentItems.of(train.userItems(), times, ptr[u], ptr[u + 1]);
            int n = seq.size();
            for (int t = 0; t < n; t++) {
                int target = seq.items()[t];
                for (int s = Math.max(0, t - window); s <= Math.min(n - 1, t + window); s++) {
                    int gap = seq.steps()[t] - seq.steps()[s];
                    if (s != t && gap >= 0) {
                        weights.addTo((long) seq.items()[s] * items + target, Math.pow(decay, gap));
                    }
                }
            }
        }
        return of(items, weights);
    }

    /** CSR from (source·items + target → weight), rows normalised. */
    private static Transitions of(int items, Long2DoubleOpenHashMap weights) {
        int[] rowPtr = new int[items + 1];
        double[] rowSums = new double[items];
        for (Long2DoubleMap.Entry e : weights.long2DoubleEntrySet()) {
            int source = (int) (e.getLongKey() / items);
            rowPtr[source + 1]++;
            rowSums[source] += e.getDoubleValue();
        }
        for (int i = 0; i < items; i++) {
            rowPtr[i + 1] += rowPtr[i];
        }
        int[] next = rowPtr.clone();
        int[] columns = new int[weights.size()];
        float[] probabilities = new float[weights.size()];
        long[] keys = weights.keySet().toLongArray();
        java.util.Arrays.sort(keys);
        for (long key : keys) {
            int source = (int) (key / items);
            int at = next[source]++;
            columns[at] = (int) (key % items);
            probabilities[at] = (float) (weights.get(key) / rowSums[source]);
        }
        return new Transitions(rowPtr, columns, probabilities);
    }

    int itemCount() {
        return rowPtr.length - 1;
    }

    /** Adds weight·P(j | source) to out[j] for every successor j of source. */
    void addSuccessors(int source, float weight, float[] out) {
        for (int k = rowPtr[source]; k < rowPtr[source + 1]; k++) {
            out[columns[k]] += weight * probabilities[k];
        }
    }

    /** P(target | source), 0 when never observed. */
    float probability(int source, int target) {
        int k = java.util.Arrays.binarySearch(columns, rowPtr[source], rowPtr[source + 1], target);
        return k >= 0 ? probabilities[k] : 0f;
    }

    void write(DataOutput out) throws IOException {
        BinaryArrays.writeInts(out, rowPtr);
        BinaryArrays.writeInts(out, columns);
        BinaryArrays.writeFloats(out, probabilities);
    }

    static Transitions read(DataInput in) throws IOException {
        int[] rowPtr = BinaryArrays.readInts(in);
        int[] columns = BinaryArrays.readInts(in);
        float[] probabilities = BinaryArrays.readFloats(in);
        if (rowPtr.length == 0 || rowPtr[rowPtr.length - 1] != columns.length || columns.length != probabilities.length) {
            throw new IOException("corrupt sequential transitions: " + columns.length + " columns, " + probabilities.length + " values");
        }
        return new Transitions(rowPtr, columns, probabilities);
    }
}
