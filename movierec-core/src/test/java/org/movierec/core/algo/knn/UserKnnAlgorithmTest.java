package org.movierec.core.algo.knn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.ModelContractTest;
import org.movierec.core.data.Profile;
import org.movierec.core.util.Progress;

class UserKnnAlgorithmTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return new UserKnnAlgorithm();
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("k", "2", "sim", "msd", "shrinkage", "0", "min-support", "12", "prediction", "z-score", "damping", "0");
    }

    /** A visitor who rated i0 = 5 and i1 = 2. */
    private static final Profile VISITOR = Profile.anonymous(new int[] {0, 1}, new float[] {5, 2});

    @Test
    void cosinePredictionComputedByHand() {
        UserKnnModel m = new UserKnnAlgorithm(40, Similarity.COSINE, 0, 1, PredictionMode.PLAIN, 0).fit(KnnFixtures.three(), Progress.NONE);
        // Raters of i2: u0 (4) with cos over i0, i1 = 31 / (√29·√34); u2 (1) with cos over i1 = 1.
        double s0 = 31 / (Math.sqrt(29) * Math.sqrt(34));
        assertThat(m.predict(VISITOR, 2)).isCloseTo((s0 * 4 + 1) / (s0 + 1), within(1e-5));
        Explanation why = m.explain(VISITOR, 2);
        assertThat(why.kind()).isEqualTo("similar-users");
        assertThat(why.reasons()).extracting(Explanation.Reason::feature).containsExactly("user:2", "user:0");
        assertThat(why.reasons().get(1).weight()).isCloseTo(s0, within(1e-6));
    }

    @Test
    void msdSimilarityComputedByHand() {
        UserKnnModel m = new UserKnnAlgorithm(40, Similarity.MSD, 0, 1, PredictionMode.PLAIN, 0).fit(KnnFixtures.three(), Progress.NONE);
        // With u0: squared differences 0 and 1 over 2 items, msd 0.5, similarity 1 / 1.5.
        Explanation why = m.explain(VISITOR, 2);
        assertThat(why.reasons()).filteredOn(r -> r.feature().equals("user:0")).singleElement()
                .satisfies(r -> assertThat(r.weight()).isCloseTo(1 / 1.5, within(1e-6)));
    }

    @Test
    void meanCentredPredictionComputedByHand() {
        UserKnnModel m = new UserKnnAlgorithm(1, Similarity.COSINE, 0, 1, PredictionMode.MEAN_CENTRED, 0).fit(KnnFixtures.three(), Progress.NONE);
        // k = 1: the most similar rater of i2 is u2 (cos 1; mean 3, rated i2 = 1); visitor's mean 3.5.
        assertThat(m.predict(VISITOR, 2)).isCloseTo(3.5 + (1 - 3), within(1e-6));
    }

    @Test
    void aTrainingUserIsNotItsOwnNeighbour() {
        UserKnnModel m = new UserKnnAlgorithm(40, Similarity.COSINE, 0, 1, PredictionMode.PLAIN, 0).fit(KnnFixtures.three(), Progress.NONE);
        assertThat(m.explain(KnnFixtures.three().profile(0), 2).reasons()).extracting(Explanation.Reason::feature)
                .containsExactly("user:2");
        assertThat(m.explain(KnnFixtures.three().profile(0).detached(), 2).reasons()).hasSize(2);
    }

    @Test
    void everySimilarityAndModeGivesPredictionsWithinTheScale() {
        for (Similarity s : new Similarity[] {Similarity.COSINE, Similarity.PEARSON, Similarity.MSD, Similarity.PEARSON_BASELINE}) {
            for (PredictionMode mode : PredictionMode.values()) {
                UserKnnModel m = new UserKnnAlgorithm(10, s, 10, 1, mode, 0.3).fit(train, Progress.NONE);
                for (int item = 0; item < m.itemCount(); item++) {
                    assertThat(m.predict(train.profile(4).detached(), item)).as(s + " " + mode).isBetween(1.0, 5.0);
                }
            }
        }
    }

    @Test
    void adjustedCosineIsRefusedWithAnExplanation() {
        assertThatThrownBy(() -> AlgorithmRegistry.standard().parse("userknn:sim=adjusted-cosine"))
                .hasMessageContaining("sim");
        assertThatThrownBy(() -> new UserKnnAlgorithm(40, Similarity.ADJUSTED_COSINE, 0, 1, PredictionMode.PLAIN, 0))
                .hasMessageContaining("itemknn");
    }
}
