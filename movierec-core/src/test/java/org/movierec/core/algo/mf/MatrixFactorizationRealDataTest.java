package org.movierec.core.algo.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Model;
import org.movierec.core.util.Progress;

/**
 * Default parameters on the canonical ml-100k fold u1: every model beats the global mean by a wide
 * margin and reaches its expected accuracy (Surprise's defaults reach 0.938 (SVD), 0.922 (SVD++)
 * and 0.969 (NMF) as means over u1..u5; u1 is one of the harder folds). Skipped without
 * MOVIEREC_DATASETS.
 */
class MatrixFactorizationRealDataTest {
    private static RatingFolds u1;

    @BeforeAll
    static void load() {
        Path datasets = RatingFolds.datasets();
        assumeTrue(datasets != null, "MOVIEREC_DATASETS is not set: skipping the ml-100k test");
        u1 = RatingFolds.ml100k(datasets, 1);
    }

    @ParameterizedTest
    @CsvSource({"svd, 0.935", "svdpp, 0.935", "als, 0.94", "nmf, 0.965"})
    void defaultsBeatTheGlobalMeanOnMl100kU1(String name, double expected) {
        Model model = new AlgorithmRegistry(MatrixFactorizationAlgorithms.specs()).parse(name)
                .fit(u1.train(), Progress.NONE);
        double rmse = u1.rmse(model);
        assertThat(rmse).isLessThan(u1.rmseOfConstant(u1.train().globalMean()) - 0.15);
        assertThat(rmse).as("%s RMSE on u1", name).isLessThan(expected);
    }
}
