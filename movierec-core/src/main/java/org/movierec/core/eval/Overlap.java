package org.movierec.core.eval;

/** Size of the intersection of two ascending int arrays, by merging. */
final class Overlap {
    private Overlap() {
    }

    static int count(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }
}
