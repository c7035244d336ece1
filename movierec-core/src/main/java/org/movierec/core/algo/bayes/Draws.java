package org.movierec.core.algo.bayes;

import java.util.SplittableRandom;
import org.movierec.core.util.Cholesky;

/** Random draws for the sampler: seeded streams per row, Gaussian and Gamma variates. */
final class Draws {
    private Draws() {
    }

    /**
     * An independent stream for one row of one phase: the phase seed and the row index mixed by
     * the SplitMix64 finaliser, so neighbouring rows get unrelated streams.
     */
    static SplittableRandom stream(long phaseSeed, int row) {
        return new SplittableRandom(mix(phaseSeed + 0x9E3779B97F4A7C15L * (row + 1L)));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A Gamma(shape, rate) variate (mean shape/rate), by Marsaglia and Tsang (2000). */
    static double gamma(SplittableRandom random, double shape, double rate) {
        if (shape < 1) {
            return gamma(random, shape + 1, rate) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v / rate;
            }
        }
    }

    /**
     * Replaces b by a draw from the Gaussian with precision matrix a and mean a⁻¹b (the posterior of
     * a linear-Gaussian model in information form). a is overwritten by its Cholesky factor L; the
     * draw is a⁻¹b + L⁻ᵀz with z standard normal.
     */
    static void gaussian(double[] a, int d, double[] b, SplittableRandom random) {
        Cholesky.decompose(a, d);
        Cholesky.forward(a, d, b);
        for (int j = 0; j < d; j++) {
            b[j] += random.nextGaussian();
        }
        Cholesky.backward(a, d, b);
    }
}
