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
            Draws.gaussian(new double[] {4, 2, 2, 10}, 2, b, random);
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
