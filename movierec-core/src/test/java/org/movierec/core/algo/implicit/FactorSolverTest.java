package org.movierec.core.algo.implicit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The conjugate-gradient solver of training against the exact fold-in solve ({@link FoldInSystem}). */
class FactorSolverTest {

    @Test
    void conjugateGradientReachesTheDirectSolution() {
        int f = 6;
        SplittableRandom random = new SplittableRandom(3);
        float[] y = new float[20 * f];
        for (int k = 0; k < y.length; k++) {
            y[k] = (float) random.nextGaussian();
        }
        int[] items = {1, 4, 7, 8, 15};
        float[] confidences = {3, 2, 5, 1.5f, 9};
        double[] gram = FactorSolver.gram(y, f);
        float[] direct = new FoldInSystem(gram, f, 0.5, y, items, confidences).factors();
        float[] cg = new float[f];
        new FactorSolver(f).conjugateGradient(FactorSolver.toFloat(gram), 0.5f, y, items, confidences, 0, items.length, 3 * f, cg, 0);
        float[] few = new float[f];
        new FactorSolver(f).conjugateGradient(FactorSolver.toFloat(gram), 0.5f, y, items, confidences, 0, items.length, 1, few, 0);
        double fewError = 0;
        for (int s = 0; s < f; s++) {
            assertThat(cg[s]).isCloseTo(direct[s], offset(1e-4f));
            fewError += Math.abs(few[s] - direct[s]);
        }
        assertThat(fewError).isGreaterThan(1e-3);
        // the direct solution satisfies A·x = b: check one row by hand
        double[] ax = new double[f];
        double[] b = new double[f];
        for (int s = 0; s < f; s++) {
            ax[s] = 0.5 * direct[s];
            for (int t = 0; t < f; t++) {
                ax[s] += gram[s * f + t] * direct[t];
            }
        }
        for (int k = 0; k < items.length; k++) {
            double dot = 0;
            for (int t = 0; t < f; t++) {
                dot += y[items[k] * f + t] * direct[t];
            }
            for (int s = 0; s < f; s++) {
                ax[s] += (confidences[k] - 1) * dot * y[items[k] * f + s];
                b[s] += confidences[k] * y[items[k] * f + s];
            }
        }
        for (int s = 0; s < f; s++) {
            assertThat(ax[s]).isCloseTo(b[s], offset(1e-3));
        }
    }
}
