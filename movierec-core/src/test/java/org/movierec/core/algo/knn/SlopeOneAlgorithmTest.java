package org.movierec.core.algo.knn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.ModelContractTest;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

class SlopeOneAlgorithmTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return new SlopeOneAlgorithm();
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("min-support", "12", "model-size", "3");
    }

    /** u0: 5 3 2; u1: 3 4 -; u2: - 2 5. */
    private static RatingMatrix data() {
        return KnnFixtures.of(new int[][] {{5, 3, 2}, {3, 4, 0}, {0, 2, 5}});
    }

    @Test
    void deviationsAndWeightedPredictionComputedByHand() {
        SlopeOneModel m = new SlopeOneAlgorithm(1, 100).fit(data(), Progress.NONE);
        // dev(i2, i0) over u0: 2 - 5 = -3 (support 1); dev(i2, i1) over u0, u2: (-1 + 3) / 2 = 1 (support 2).
        assertThat(m.deviation(2, 0)).isCloseTo(-3, within(1e-6));
        assertThat(m.deviation(2, 1)).isCloseTo(1, within(1e-6));
        assertThat(m.deviation(1, 2)).isCloseTo(-1, within(1e-6));
        // u1 rated i0 = 3, i1 = 4: ((−3 + 3)·1 + (1 + 4)·2) / 3 = 10/3.
        assertThat(m.predict(data().profile(1), 2)).isCloseTo(10.0 / 3, within(1e-5));
        assertThat(m.predict(Profile.anonymous(new int[] {1}, new float[] {4}), 2)).isCloseTo(5, within(1e-6));
    }

    @Test
    void minimumSupportDropsThinDeviations() {
        SlopeOneModel m = new SlopeOneAlgorithm(2, 100).fit(data(), Progress.NONE);
        assertThat(m.deviation(2, 0)).isNaN();
        // Only dev(i2, i1) = 1 remains: 4 + 1.
        assertThat(m.predict(data().profile(1), 2)).isCloseTo(5, within(1e-6));
    }

    @Test
    void modelSizeKeepsTheBestSupportedDeviations() {
        SlopeOneModel m = new SlopeOneAlgorithm(1, 1).fit(data(), Progress.NONE);
        assertThat(m.deviation(2, 1)).isCloseTo(1, within(1e-6));
        assertThat(m.deviation(2, 0)).isNaN();
    }
}
