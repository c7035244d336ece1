package org.movierec.core.algo.knn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.RatingFolds;
import org.movierec.core.algo.baseline.BiasAlgorithm;
import org.movierec.core.algo.baseline.GlobalMeanAlgorithm;
import org.movierec.core.util.Progress;

/**
 * On the canonical ml-100k u1 fold, the default baseline beats the global mean by a wide margin, and
 * the default neighbourhood models beat the baseline (kNN by 0.015 or more). Skipped when
 * MOVIEREC_DATASETS is unset.
 */
class RealDataAccuracyTest {
    private static RatingFolds.Fold fold;

    @BeforeAll
    static void load() throws IOException {
        Path ds = RatingFolds.datasets();
        assumeTrue(ds != null, "MOVIEREC_DATASETS is not set: skipping the ml-100k accuracy test");
        fold = RatingFolds.ml100k(ds.resolve("ml-100k"), 1).get(0);
    }

    private static double rmse(Algorithm algorithm) {
        return RatingFolds.rmse(algorithm.fit(fold.train(), Progress.NONE), fold);
    }

    @Test
    void eachModelBeatsTheSimplerOneOnTheU1Fold() {
        double mean = rmse(new GlobalMeanAlgorithm());
        double baseline = rmse(new BiasAlgorithm());
        double itemKnn = rmse(new ItemKnnAlgorithm());
        double userKnn = rmse(new UserKnnAlgorithm());
        double slopeOne = rmse(new SlopeOneAlgorithm());
        assertThat(mean).isBetween(1.1, 1.2);
        assertThat(baseline).isLessThan(mean - 0.15);
        assertThat(itemKnn).isLessThan(baseline - 0.02);
        assertThat(userKnn).isLessThan(baseline - 0.015);
        assertThat(slopeOne).isLessThan(baseline);
    }
}
