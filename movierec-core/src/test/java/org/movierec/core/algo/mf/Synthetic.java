package org.movierec.core.algo.mf;

import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;

/** Generated rating matrices with a known low-rank structure, for tests and benchmarks. */
final class Synthetic {
    private Synthetic() {
    }

    /**
     * About {@code ratings} ratings of users x items on the 1..5 whole-star scale: a user and an item
     * effect plus a rank-3 interaction plus noise, rounded; item popularity is skewed (Zipf-like).
     */
    static RatingMatrix ratings(int users, int items, int ratings, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rank = 3;
        double[] a = new double[users * rank];
        double[] b = new double[items * rank];
        double[] ub = new double[users];
        double[] ib = new double[items];
        for (int j = 0; j < a.length; j++) {
            a[j] = random.nextDouble(-1, 1);
        }
        for (int j = 0; j < b.length; j++) {
            b[j] = random.nextDouble(-1, 1);
        }
        for (int u = 0; u < users; u++) {
            ub[u] = random.nextDouble(-0.5, 0.5);
        }
        for (int i = 0; i < items; i++) {
            ib[i] = random.nextDouble(-0.7, 0.7);
        }
        double[] cumulative = new double[items];
        double total = 0;
        for (int i = 0; i < items; i++) {
            total += 1 / Math.pow(i + 10, 0.9);
            cumulative[i] = total;
        }
        RatingMatrixBuilder builder = new RatingMatrixBuilder(new IdIndex(users), new IdIndex(items),
                RatingScale.WHOLE_STARS, ratings, false);
        for (int u = 0; u < users; u++) {
            builder.users().add(u + 1);
        }
        for (int i = 0; i < items; i++) {
            builder.items().add(i + 1);
        }
        BitSet seen = new BitSet();
        int perUser = Math.max(1, ratings / users);
        for (int u = 0; u < users; u++) {
            seen.clear();
            int count = Math.min(items / 2, Math.max(1, (int) Math.round(perUser * random.nextDouble(0.2, 1.8))));
            for (int c = 0; c < count;) {
                int i = Arrays.binarySearch(cumulative, random.nextDouble(total));
                i = i < 0 ? Math.min(items - 1, -i - 1) : i;
                if (seen.get(i)) {
                    continue;
                }
                seen.set(i);
                c++;
                double r = 3.5 + ub[u] + ib[i] + random.nextGaussian() * 0.6;
                for (int f = 0; f < rank; f++) {
                    r += a[u * rank + f] * b[i * rank + f];
                }
                builder.add(u, i, (float) Math.max(1, Math.min(5, Math.rint(r))), 0);
            }
        }
        return builder.build();
    }

    /** A random hold-out: ratings with probability fraction go to the test part. */
    static RatingFolds holdout(RatingMatrix all, double fraction, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] train = new boolean[all.size()];
        boolean[] test = new boolean[all.size()];
        for (int p = 0; p < train.length; p++) {
            test[p] = random.nextDouble() < fraction;
            train[p] = !test[p];
        }
        return new RatingFolds(all.select(train), all.select(test));
    }
}
