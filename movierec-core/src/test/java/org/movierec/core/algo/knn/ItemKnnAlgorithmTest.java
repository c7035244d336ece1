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
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

class ItemKnnAlgorithmTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return new ItemKnnAlgorithm();
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("k", "2", "sim", "cosine", "shrinkage", "0", "min-support", "15", "prediction", "plain",
                "damping", "0", "model-size", "3");
    }

    private static ItemKnnModel cosinePlain(RatingMatrix m, double shrinkage, int k) {
        return new ItemKnnAlgorithm(k, Similarity.COSINE, shrinkage, 1, PredictionMode.PLAIN, 0, 300).fit(m, Progress.NONE);
    }

    @Test
    void cosineSimilaritiesComputedByHand() {
        ItemKnnModel m = cosinePlain(KnnFixtures.three(), 0, 40);
        // i0, i1 co-rated by u0 (5, 3) and u1 (4, 2): 23 / (√41·√13).
        assertThat((double) m.similarity(0, 1)).isCloseTo(23 / (Math.sqrt(41) * Math.sqrt(13)), within(1e-6));
        assertThat(m.similarity(1, 0)).isEqualTo(m.similarity(0, 1));
        // i0, i2 co-rated by u0 only (5, 4): 1. i1, i2 by u0 (3, 4) and u2 (5, 1): 17 / (√34·√17).
        assertThat((double) m.similarity(0, 2)).isCloseTo(1, within(1e-6));
        assertThat((double) m.similarity(1, 2)).isCloseTo(17 / (Math.sqrt(34) * Math.sqrt(17)), within(1e-6));
    }

    @Test
    void plainPredictionComputedByHand() {
        ItemKnnModel m = cosinePlain(KnnFixtures.three(), 0, 40);
        double s02 = 1;
        double s12 = 17 / (Math.sqrt(34) * Math.sqrt(17));
        // u1 rated i0 = 4 and i1 = 2.
        assertThat(m.predict(KnnFixtures.three().profile(1), 2)).isCloseTo((s02 * 4 + s12 * 2) / (s02 + s12), within(1e-5));
        // k = 1 keeps only the most similar rated item, i0.
        assertThat(cosinePlain(KnnFixtures.three(), 0, 1).predict(KnnFixtures.three().profile(1), 2)).isCloseTo(4, within(1e-6));
        Explanation why = m.explain(KnnFixtures.three().profile(1), 2);
        assertThat(why.reasons()).extracting(Explanation.Reason::item).containsExactly(0, 1);
        assertThat(why.reasons().get(1).weight()).isCloseTo(s12, within(1e-6));
    }

    @Test
    void shrinkageScalesBySupportAndDropsSingleRaters() {
        ItemKnnModel m = cosinePlain(KnnFixtures.three(), 1, 40);
        // n = 2: factor (2 - 1) / (2 - 1 + 1) = 1/2; n = 1: factor 0, so i0-i2 is dropped.
        assertThat((double) m.similarity(0, 1)).isCloseTo(0.5 * 23 / (Math.sqrt(41) * Math.sqrt(13)), within(1e-6));
        assertThat(m.similarity(0, 2)).isZero();
        assertThat(m.predict(KnnFixtures.three().profile(1), 2)).isCloseTo(2, within(1e-6));
    }

    @Test
    void baselinePredictionAddsTheWeightedResiduals() {
        RatingMatrix m = KnnFixtures.three();
        ItemKnnModel model = new ItemKnnAlgorithm(40, Similarity.COSINE, 0, 1, PredictionMode.BASELINE, 0.5, 300)
                .fit(m, Progress.NONE);
        org.movierec.core.algo.baseline.BiasModel bias = new org.movierec.core.algo.baseline.BiasAlgorithm().fit(m, Progress.NONE);
        Profile p = m.profile(1);
        double bu = bias.trainedUserBias(1);
        double s02 = 1;
        double s12 = 17 / (Math.sqrt(34) * Math.sqrt(17));
        double correction = (s02 * (4 - bias.estimate(bu, 0)) + s12 * (2 - bias.estimate(bu, 1))) / (0.5 + s02 + s12);
        assertThat(model.predict(p, 2)).isCloseTo(bias.clamp(bias.estimate(bu, 2) + correction), within(1e-5));
    }

    @Test
    void baselineCosineDividesByTheNormsOfAllRatersResiduals() {
        RatingMatrix m = KnnFixtures.of(new int[][] {{5, 5, 1}, {1, 1, 5}, {5, 4, 2}, {2, 1, 4}, {4, 0, 3}});
        org.movierec.core.algo.baseline.BiasModel bias = new org.movierec.core.algo.baseline.BiasAlgorithm().fit(m, Progress.NONE);
        double[][] x = new double[5][3];
        for (int u = 0; u < 5; u++) {
            Profile p = m.profile(u);
            for (int c = 0; c < p.items().length; c++) {
                x[u][p.items()[c]] = p.values()[c] - bias.estimate(bias.trainedUserBias(u), p.items()[c]);
            }
        }
        ItemKnnModel model = new ItemKnnAlgorithm(40, Similarity.BASELINE_COSINE, 0, 1, PredictionMode.PLAIN, 0, 300)
                .fit(m, Progress.NONE);
        int positive = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (i != j) {
                    double dot = 0;
                    double ni = 0;
                    double nj = 0;
                    for (int u = 0; u < 5; u++) {
                        dot += x[u][i] * x[u][j];
                        ni += x[u][i] * x[u][i];
                        nj += x[u][j] * x[u][j];
                    }
                    double expected = Math.max(0, dot / Math.sqrt(ni * nj));
                    assertThat((double) model.similarity(i, j)).as("%d-%d", i, j).isCloseTo(expected, within(1e-5));
                    positive += expected > 0 ? 1 : 0;
                }
            }
        }
        assertThat(positive).isPositive();
    }

    @Test
    void everySimilarityAndModeGivesPredictionsWithinTheScale() {
        for (Similarity s : Similarity.values()) {
            for (PredictionMode mode : PredictionMode.values()) {
                ItemKnnModel m = new ItemKnnAlgorithm(10, s, 10, 1, mode, 0.3, 20).fit(train, Progress.NONE);
                for (int item = 0; item < m.itemCount(); item++) {
                    assertThat(m.predict(train.profile(4), item)).as(s + " " + mode).isBetween(1.0, 5.0);
                }
            }
        }
    }

    @Test
    void minimumSupportKeepsExactlyThePairsWithEnoughCoRaters() {
        ItemKnnModel all = new ItemKnnAlgorithm(10, Similarity.PEARSON_BASELINE, 0, 1, PredictionMode.BASELINE, 0, 10_000)
                .fit(train, Progress.NONE);
        ItemKnnModel supported = new ItemKnnAlgorithm(10, Similarity.PEARSON_BASELINE, 0, 4, PredictionMode.BASELINE, 0,
                10_000).fit(train, Progress.NONE);
        int kept = 0;
        for (int i = 0; i < train.itemCount(); i++) {
            for (int j = 0; j < train.itemCount(); j++) {
                if (i != j) {
                    boolean enough = coRaters(train, i, j) >= 4;
                    assertThat(supported.similarity(i, j)).as("%d-%d", i, j).isEqualTo(enough ? all.similarity(i, j) : 0f);
                    kept += enough && supported.similarity(i, j) > 0 ? 1 : 0;
                }
            }
        }
        assertThat(kept).isPositive();
    }

    private static int coRaters(RatingMatrix m, int i, int j) {
        int count = 0;
        for (int u = 0; u < m.userCount(); u++) {
            Profile p = m.profile(u);
            if (java.util.Arrays.binarySearch(p.items(), i) >= 0 && java.util.Arrays.binarySearch(p.items(), j) >= 0) {
                count++;
            }
        }
        return count;
    }

    @Test
    void modelSizeBoundsTheNeighbourLists() {
        ItemKnnModel m = new ItemKnnAlgorithm(2, Similarity.PEARSON, 0, 1, PredictionMode.MEAN_CENTRED, 0, 5).fit(train, Progress.NONE);
        assertThat(m.neighbourCount()).isLessThanOrEqualTo(5 * train.itemCount()).isPositive();
    }

    @Test
    void badParametersAreRefused() {
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        assertThatThrownBy(() -> registry.parse("itemknn:k=0")).hasMessageContaining("k of itemknn");
        assertThatThrownBy(() -> registry.parse("itemknn:sim=jaccard")).hasMessageContaining("pearson-baseline");
        assertThatThrownBy(() -> registry.parse("itemknn:shrinkage=-1")).hasMessageContaining("shrinkage");
    }
}
