package org.movierec.core.algo.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawsTest {
    @Test
    void gammaDrawsHaveMeanShapeOverRateAndVarianceShapeOverRateSquared() {
        assertMoments(3, 2, 1.5, 0.75);
        assertMoments(0.5, 1, 0.5, 0.5);
        assertMoments(400, 100, 4, 0.04);
    }

    private static void assertMoments(double shape, double rate, double mean, double variance) {
        SplittableRandom random = new SplittableRandom(11);
        int n = 100_000;
        double sum = 0;
        double ss = 0;
        for (int t = 0; t < n; t++) {
            double x = Draws.gamma(random, shape, rate);
            assertThat(x).isPositive();
            sum += x;
            ss += x * x;
        }
        double m = sum / n;
        assertThat(m).isCloseTo(mean, within(mean * 0.02));
        assertThat(ss / n - m * m).isCloseTo(variance, within(variance * 0.05));
    }

    @Test
    void rowStreamsAreReproducibleAndDifferBetweenRowsAndPhases() {
        long a = Draws.stream(5, 3).nextLong();
        assertThat(Draws.stream(5, 3).nextLong()).isEqualTo(a);
        assertThat(Draws.stream(5, 4).nextLong()).isNotEqualTo(a);
        assertThat(Draws.stream(6, 3).nextLong()).isNotEqualTo(a);
        // row r's second draw is not row r+1's first (no overlapping sequences)
        SplittableRandom row3 = Draws.stream(5, 3);
        row3.nextLong();
        assertThat(row3.nextLong()).isNotEqualTo(Draws.stream(5, 4).nextLong());
    }
}
