package org.movierec.core.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Personalisation: 1 − the mean overlap of two users' lists, over pairs of users, where the overlap
 * of lists A and B is the cosine similarity of their item sets, |A ∩ B| / √(|A|·|B|) (for lists of
 * equal length k, |A ∩ B| / k). All pairs are used when there are at most {@code maxPairs}; otherwise
 * {@code maxPairs} pairs of distinct users drawn with the seed. Pairs with an empty list count as
 * overlap 0.
 */
public record PersonalizationMetric(long seed, int maxPairs) implements ListMetric {

    /** Pairs compared at most, unless told otherwise: all pairs of about 1,400 users. */
    public static final int DEFAULT_MAX_PAIRS = 1_000_000;

    public PersonalizationMetric {
        if (maxPairs < 1) {
            throw new IllegalArgumentException("personalization needs at least one pair");
        }
    }

    @Override
    public String key() {
        return "personalization";
    }

    @Override
    public double measure(int[][] lists) {
        int n = lists.length;
        if (n < 2) {
            return Double.NaN;
        }
        int[][] sorted = new int[n][];
        for (int u = 0; u < n; u++) {
            sorted[u] = lists[u].clone();
            Arrays.sort(sorted[u]);
        }
        long allPairs = (long) n * (n - 1) / 2;
        double sum = 0;
        if (allPairs <= maxPairs) {
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    sum += overlap(sorted[a], sorted[b]);
                }
            }
            return 1 - sum / allPairs;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int p = 0; p < maxPairs; p++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n - 1);
            if (b >= a) {
                b++;
            }
            sum += overlap(sorted[a], sorted[b]);
        }
        return 1 - sum / maxPairs;
    }

    private static double overlap(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        return Overlap.count(a, b) / Math.sqrt((double) a.length * b.length);
    }
}
