package org.movierec.core.algo.blend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Model;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.eval.CanonicalFoldsSplitter;
import org.movierec.core.eval.FoldMask;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;

/**
 * blend with its defaults on the ml-100k u1 fold against references fitted in the test on the same fold: its own
 * base model bmf, and user + item biases (skipped without MOVIEREC_DATASETS).
 */
class BlendRealDataTest {
    @Test
    void beatsItsBaseModelAndTheBiasesOnMl100kU1() throws IOException {
        String root = System.getenv("MOVIEREC_DATASETS");
        assumeTrue(root != null && !root.isBlank(), "MOVIEREC_DATASETS is not set: skipping the ml-100k test");
        Path folder = Path.of(root, "ml-100k");
        RatingMatrix data = Releases.read(folder, Progress.NONE).ratings();
        FoldMask u1 = new CanonicalFoldsSplitter(folder).split(data).get(0);
        RatingMatrix train = u1.trainOf(data);
        RatingMatrix test = u1.testOf(data);
        double blend = rmse("blend", train, test);
        double bmf = rmse("bmf", train, test);
        double baseline = rmse("baseline", train, test);
        assertThat(blend).as("blend against its base model bmf " + bmf).isLessThan(bmf);
        assertThat(blend).as("blend against the biases alone " + baseline).isLessThan(baseline - 0.03);
    }

    /** The RMSE on the test fold of the algorithm fitted with its defaults on the training fold. */
    private static double rmse(String algorithm, RatingMatrix train, RatingMatrix test) {
        Model model = AlgorithmRegistry.standard().parse(algorithm).fit(train, Progress.NONE);
        double sse = 0;
        for (int u = 0; u < test.userCount(); u++) {
            for (int p = test.userPointers()[u]; p < test.userPointers()[u + 1]; p++) {
                double e = model.predict(train.profile(u), test.userItems()[p]) - test.userValues()[p];
                sse += e * e;
            }
        }
        return Math.sqrt(sse / test.size());
    }
}
