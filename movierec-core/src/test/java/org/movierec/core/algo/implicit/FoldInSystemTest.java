package org.movierec.core.algo.implicit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FoldInSystemTest {

    @Test
    void solvesTheProfilesSystemForAnyNumberOfFactors() {
        for (int f : new int[] {1, 7, 33}) {
            SplittableRandom random = new SplittableRandom(f);
            float[] y = new float[50 * f];
            for (int k = 0; k < y.length; k++) {
                y[k] = (float) random.nextGaussian();
            }
            int[] items = {2, 9, 17, 30, 41, 49};
            float[] confidences = {2, 5, 1, 3.5f, 8, 1.25f};
            double lambda = 0.7;
            double[] gram = FactorSolver.gram(y, f);
            double[] a = gram.clone();
            for (int s = 0; s < f; s++) {
                a[s * f + s] += lambda;
            }
            for (int k = 0; k < items.length; k++) {
                for (int s = 0; s < f; s++) {
                    for (int t = 0; t < f; t++) {
                        a[s * f + t] += (double) (confidences[k] - 1) * y[items[k] * f + s] * y[items[k] * f + t];
                    }
                }
            }
            double[] rhs = random.doubles(f, -1, 1).toArray();
            double[] z = rhs.clone();
            new FoldInSystem(gram, f, lambda, y, items, confidences).solve(z);
            for (int s = 0; s < f; s++) {
                double az = 0;
                for (int t = 0; t < f; t++) {
                    az += a[s * f + t] * z[t];
                }
                assertThat(az).as("f=%d, row %d", f, s).isCloseTo(rhs[s], offset(1e-8));
            }
        }
    }
}
