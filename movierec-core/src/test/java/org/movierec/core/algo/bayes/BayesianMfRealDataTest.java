package org.movierec.core.algo.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Model;
import org.movierec.core.util.Progress;

/** bmf with its defaults on the ml-100k u1 fold (skipped without MOVIEREC_DATASETS). */
class BayesianMfRealDataTest {
    @Test
    void defaultsBeatTheBiasBaselineOnMl100kU1() throws IOException {
        Path datasets = MovieLensFolds.datasets();
        assumeTrue(datasets != null, "MOVIEREC_DATASETS is not set: skipping the ml-100k test");
        MovieLensFolds.Fold fold = MovieLensFolds.ml100k(datasets, 1);
        Model model = AlgorithmRegistry.standard().parse("bmf").fit(fold.train(), Progress.NONE);
        // Surprise's BaselineOnly gets about 0.95 on u1 and its SVD++ about 0.92; bmf measured 0.893
        assertThat(MovieLensFolds.rmse(model, fold)).isLessThan(0.905);
    }
}
