package org.movierec.core.algo.mf;

import java.util.SplittableRandom;
import org.movierec.core.data.RatingMatrix;

/** Parameter checks and initialisation shared by the factorisation algorithms. */
final class Checks {
    private Checks() {
    }

    static void positive(String algorithm, String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("parameter " + name + " of " + algorithm + " must be positive, not " + value);
        }
    }

    static void nonNegative(String algorithm, String name, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException("parameter " + name + " of " + algorithm + " must be at least 0, not " + value);
        }
    }

    static void unitInterval(String algorithm, String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException("parameter " + name + " of " + algorithm
                    + " must be above 0 and at most 1, not " + value);
        }
    }

    /** The global mean of the ratings, or the middle of the scale when there are none. */
    static float mean(RatingMatrix train) {
        return train.size() == 0 ? (train.scale().min() + train.scale().max()) / 2 : (float) train.globalMean();
    }

    /** n normal values of the given standard deviation. */
    static float[] gaussian(int n, double std, SplittableRandom random) {
        float[] a = new float[n];
        for (int j = 0; j < n; j++) {
            a[j] = (float) (random.nextGaussian() * std);
        }
        return a;
    }

    /** n uniform values in [low, high). */
    static float[] uniform(int n, double low, double high, SplittableRandom random) {
        float[] a = new float[n];
        for (int j = 0; j < n; j++) {
            a[j] = (float) (low + (high - low) * random.nextDouble());
        }
        return a;
    }
}
