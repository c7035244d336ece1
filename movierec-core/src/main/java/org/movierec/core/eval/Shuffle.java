package org.movierec.core.eval;

import java.util.SplittableRandom;

/** Seeded Fisher–Yates shuffles shared by the splitters. */
final class Shuffle {
    private Shuffle() {
    }

    /** A random permutation of 0..n-1 determined by the seed. */
    static int[] permutation(int n, long seed) {
        int[] order = new int[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        shuffle(order, 0, n, new SplittableRandom(seed));
        return order;
    }

    /** Shuffles values[from..to) in place. */
    static void shuffle(int[] values, int from, int to, SplittableRandom random) {
        for (int j = to - 1; j > from; j--) {
            int other = from + random.nextInt(j - from + 1);
            int v = values[j];
            values[j] = values[other];
            values[other] = v;
        }
    }
}
