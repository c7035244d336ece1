package org.movierec.core.algo.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CholeskyTest {
    /** A = L Lᵀ with L = [[2,0,0],[1,3,0],[1,2,4]], worked by hand. */
    private static double[] matrix() {
        return new double[] {4, 2, 2, 2, 10, 7, 2, 7, 21};
    }

    @Test
    void factorMatchesTheHandComputedOne() {
        double[] a = matrix();
        Cholesky.decompose(a, 3);
        assertThat(new double[] {a[0], a[3], a[4], a[6], a[7], a[8]})
                .containsExactly(new double[] {2, 1, 3, 1, 2, 4}, within(1e-12));
    }

    @Test
    void solvesTheSystemThroughBothTriangles() {
        double[] a = matrix();
        double[] b = {6, 6, 37};
        Cholesky.gaussian(a, 3, b, null);
        assertThat(b).containsExactly(new double[] {1, -1, 2}, within(1e-12));
    }

    @Test
    void refusesAMatrixThatIsNotPositiveDefinite() {
        assertThatThrownBy(() -> Cholesky.decompose(new double[] {1, 2, 2, 1}, 2))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("not positive definite");
    }

    @Test
    void gaussianDrawsHaveTheInformationFormMeanAndCovariance() {
        // precision [[4,2],[2,10]], linear term (6,6): mean (4/3, 1/3), covariance [[10,-2],[-2,4]]/36
        SplittableRandom random = new SplittableRandom(7);
        int n = 40_000;
        double s0 = 0;
        double s1 = 0;
        double s00 = 0;
        double s01 = 0;
        double s11 = 0;
        for (int t = 0; t < n; t++) {
            double[] b = {6, 6};
            Cholesky.gaussian(new double[] {4, 2, 2, 10}, 2, b, random);
            s0 += b[0];
            s1 += b[1];
            s00 += b[0] * b[0];
            s01 += b[0] * b[1];
            s11 += b[1] * b[1];
        }
        double m0 = s0 / n;
        double m1 = s1 / n;
        assertThat(m0).isCloseTo(4.0 / 3, within(0.005));
        assertThat(m1).isCloseTo(1.0 / 3, within(0.005));
        assertThat(s00 / n - m0 * m0).isCloseTo(10.0 / 36, within(0.01));
        assertThat(s01 / n - m0 * m1).isCloseTo(-2.0 / 36, within(0.005));
        assertThat(s11 / n - m1 * m1).isCloseTo(4.0 / 36, within(0.005));
    }
}
