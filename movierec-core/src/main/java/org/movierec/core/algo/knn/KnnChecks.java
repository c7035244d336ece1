package org.movierec.core.algo.knn;

/** Parameter checks with messages naming the algorithm and the parameter. */
final class KnnChecks {
    private KnnChecks() {
    }

    static void positive(String algorithm, String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("parameter " + name + " of " + algorithm + " must be at least 1, not " + value);
        }
    }

    static void nonNegative(String algorithm, String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("parameter " + name + " of " + algorithm + " must be a number >= 0, not " + value);
        }
    }
}
