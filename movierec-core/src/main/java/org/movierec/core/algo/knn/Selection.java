package org.movierec.core.algo.knn;

import java.util.Arrays;

/** Selection of the k largest values among candidates kept in parallel primitive arrays. */
final class Selection {
    /** From this many candidates on, radix selection replaces the quickselect. */
    private static final int RADIX_MIN = 1024;

    private Selection() {
    }

    /**
     * Keeps the k largest of values[0..n) in place (with their payloads), in their original relative
     * order; among equal values at the boundary the earlier ones are kept. Returns the new count
     * (min(n, k)). scratch must hold at least n floats.
     */
    static int keepLargest(float[] values, int[] payload, float[] payloadValues, int n, int k, float[] scratch) {
        if (n <= k) {
            return n;
        }
        if (k == 0) {
            return 0;
        }
        float threshold = n >= RADIX_MIN ? kthLargest(values, n, k, scratch) : copyKth(values, n, k, scratch);
        int above = 0;
        for (int j = 0; j < n; j++) {
            if (values[j] > threshold) {
                above++;
            }
        }
        int ties = k - above;
        int out = 0;
        for (int j = 0; j < n; j++) {
            float v = values[j];
            if (v > threshold || (v == threshold && ties-- > 0)) {
                values[out] = v;
                if (payload != null) {
                    payload[out] = payload[j];
                }
                if (payloadValues != null) {
                    payloadValues[out] = payloadValues[j];
                }
                out++;
            }
        }
        return out;
    }

    private static float copyKth(float[] values, int n, int k, float[] scratch) {
        System.arraycopy(values, 0, scratch, 0, n);
        return kth(scratch, n, n - k);
    }

    /**
     * The k-th largest of values[0..n) (the same value as the quickselect's), by radix selection on
     * an order-preserving 32-bit key of the values: three passes of 11, 11 and 10 key bits, each
     * counting the remaining candidates per digit and keeping only those of the digit that holds the
     * k-th largest (copied to scratch).
     */
    private static float kthLargest(float[] values, int n, int k, float[] scratch) {
        int[] counts = new int[1 << 11];
        float[] from = values;
        int m = n;
        int need = k;
        for (int pass = 0; pass < 3; pass++) {
            int shift = Math.max(0, 21 - 11 * pass);
            int mask = pass == 2 ? (1 << 10) - 1 : (1 << 11) - 1;
            int top = 0;
            for (int j = 0; j < m; j++) {
                int d = (key(from[j]) >>> shift) & mask;
                counts[d]++;
                top = Math.max(top, d);
            }
            int digit = top;
            while (counts[digit] < need) {
                need -= counts[digit--];
            }
            int kept = 0;
            for (int j = 0; j < m; j++) {
                float v = from[j];
                if (((key(v) >>> shift) & mask) == digit) {
                    scratch[kept++] = v;
                }
            }
            Arrays.fill(counts, 0, top + 1, 0);
            from = scratch;
            m = kept;
        }
        return scratch[0];
    }

    /** An unsigned key of v whose order is the order of the values. */
    private static int key(float v) {
        int bits = Float.floatToRawIntBits(v);
        return bits ^ ((bits >> 31) | Integer.MIN_VALUE);
    }

    /** The value that would be at position rank of a[0..n) sorted ascending (a is reordered). */
    static float kth(float[] a, int n, int rank) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            float pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (rank <= j) {
                hi = j;
            } else if (rank >= i) {
                lo = i;
            } else {
                return a[rank];
            }
        }
        return a[rank];
    }
}
