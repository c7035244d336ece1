package org.movierec.core.algo.mf;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.movierec.core.data.RatingMatrix;

/**
 * The partition of stratified SGD (Gemulla et al., KDD 2011, "DSGD"): users and items are each split
 * into {@link #COUNT} groups of about equal rating counts, giving COUNT x COUNT blocks of ratings.
 * In sub-epoch t, the blocks (s, (s + t) mod COUNT) share no user and no item, so they run in
 * parallel without locks and the result does not depend on thread timing. COUNT is fixed (not the
 * core count) so that a seed gives the same model on every machine.
 */
final class Strata {
    /** Number of user (and item) groups. */
    static final int COUNT = 2;

    final int[] userStratum;
    final int[] itemStratum;

    private Strata(int[] userStratum, int[] itemStratum) {
        this.userStratum = userStratum;
        this.itemStratum = itemStratum;
    }

    /** Balanced groups: rows in random order (seeded), each to the lightest group so far, heaviest first. */
    static Strata of(RatingMatrix train, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        return new Strata(balance(train.userPointers(), random), balance(train.itemPointers(), random));
    }

    private static int[] balance(int[] ptr, SplittableRandom random) {
        int n = ptr.length - 1;
        int[] order = shuffled(n, random);
        long[] keyed = new long[n];
        for (int j = 0; j < n; j++) {
            int row = order[j];
            keyed[j] = ((long) (Integer.MAX_VALUE - (ptr[row + 1] - ptr[row])) << 32) | j;
        }
        Arrays.sort(keyed);
        long[] load = new long[COUNT];
        int[] stratum = new int[n];
        for (long key : keyed) {
            int row = order[(int) key];
            int best = 0;
            for (int s = 1; s < COUNT; s++) {
                if (load[s] < load[best]) {
                    best = s;
                }
            }
            stratum[row] = best;
            load[best] += ptr[row + 1] - ptr[row];
        }
        return stratum;
    }

    /** A random permutation of 0..n-1. */
    static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        shuffle(order, 0, n, random);
        return order;
    }

    /** Fisher-Yates shuffle of a[from..to). */
    static void shuffle(int[] a, int from, int to, SplittableRandom random) {
        for (int j = to - 1; j > from; j--) {
            int r = from + random.nextInt(j - from + 1);
            int t = a[j];
            a[j] = a[r];
            a[r] = t;
        }
    }

    /** Runs task(block user stratum) for every block of sub-epoch t, in parallel. */
    static void parallelBlocks(BlockTask task) {
        IntStream.range(0, COUNT).parallel().forEach(task::run);
    }

    /** Item stratum paired with user stratum s in sub-epoch t. */
    static int itemStratumOf(int s, int t) {
        return (s + t) % COUNT;
    }

    /** Work on one block, given its user stratum. */
    @FunctionalInterface
    interface BlockTask {
        void run(int userStratum);
    }

    /** A seed for one (epoch, sub-epoch, block), mixed from the algorithm's seed. */
    static long seedOf(long seed, int epoch, int t, int s) {
        long x = seed + 0x9E3779B97F4A7C15L * (1 + ((long) epoch * COUNT + t) * COUNT + s);
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }
}
