package org.movierec.core.algo.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpdInverseTest {

    @Test
    void invertsAHandComputedMatrix() {
        float[][] a = {{4, 2}, {2, 3}};
        SpdInverse.invert(a);
        // inverse of [[4,2],[2,3]] is [[3,-2],[-2,4]] / 8
        assertThat(a[0][0]).isCloseTo(0.375f, org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(a[0][1]).isCloseTo(-0.25f, org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(a[1][0]).isCloseTo(-0.25f, org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(a[1][1]).isCloseTo(0.5f, org.assertj.core.data.Offset.offset(1e-6f));
    }

    @Test
    void inverseTimesMatrixIsIdentityAcrossSeveralBlocks() {
        int n = 2 * SpdInverse.BLOCK + 37;
        Random random = new Random(7);
        double[][] x = new double[n + 50][n];
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextDouble() < 0.1 ? 1 : 0;
            }
        }
        double[][] g = new double[n][n];
        float[][] a = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = i == j ? 5 : 0;
                for (double[] row : x) {
                    s += row[i] * row[j];
                }
                g[i][j] = s;
                a[i][j] = (float) s;
            }
        }
        SpdInverse.invert(a);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += g[i][k] * a[k][j];
                }
                worst = Math.max(worst, Math.abs(s - (i == j ? 1 : 0)));
            }
            for (int j = 0; j < i; j++) {
                assertThat(a[i][j]).isEqualTo(a[j][i]);
            }
        }
        assertThat(worst).isLessThan(1e-4);
    }

    @Test
    void refusesAMatrixThatIsNotPositiveDefinite() {
        float[][] a = {{1, 2}, {2, 1}};
        assertThatThrownBy(() -> SpdInverse.invert(a)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not positive definite");
    }
}
