package org.movierec.core.algo.knn;

/** Selection of the k largest values among candidates kept in parallel primitive arrays. */
final class Selection {
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
        System.arraycopy(values, 0, scratch, 0, n);
        float threshold = kth(scratch, n, n - k);
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
