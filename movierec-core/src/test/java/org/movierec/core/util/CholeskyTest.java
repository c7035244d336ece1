package org.movierec.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
        Cholesky.solve(a, 3, b);
        assertThat(b).containsExactly(new double[] {1, -1, 2}, within(1e-12));
    }

    @Test
    void refusesAMatrixThatIsNotPositiveDefinite() {
        assertThatThrownBy(() -> Cholesky.decompose(new double[] {1, 2, 2, 1}, 2))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("not positive definite");
    }
}
