package org.movierec.core.algo.implicit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

class ItemKnnImplicitAlgorithmTest {
    /** u0: {0,1}, u1: {1,2}, u2: {0,1,2}: co-occurrences 01: 2, 02: 1, 12: 2; supports 2, 3, 2. */
    private static final RatingMatrix THREE = TinyData.of(3, new int[][] {{0, 1}, {1, 2}, {0, 1, 2}}, null);

    @Test
    void cosineSimilaritiesMatchAHandComputation() {
        SparseItemModel model = new ItemKnnImplicitAlgorithm(ImplicitSignal.ALL_BINARY, 10, 0.5, 1, 0, 0, 0, 0, 100)
                .fit(THREE, Progress.NONE);
        float[] scores = new float[3];
        model.scoreAll(Profile.anonymous(new int[] {0}, new float[] {3}), scores);
        // item 0's list: 2/√6 to item 1, 1/2 to item 2, scaled to sum to 1
        double total = 2 / Math.sqrt(6) + 0.5;
        assertThat(scores[1]).isCloseTo((float) (2 / Math.sqrt(6) / total), offset(1e-6f));
        assertThat(scores[2]).isCloseTo((float) (0.5 / total), offset(1e-6f));
        assertThat(scores[0]).isEqualTo(0f);
    }

    @Test
    void asymmetryExponentAndTruncationChangeTheScores() {
        float[] scores = new float[3];
        Profile p = Profile.anonymous(new int[] {0}, new float[] {3});
        // alpha = 1: co(0, j) / n_0 = 1 to item 1 and 1/2 to item 2, scaled to 2/3 and 1/3
        new ItemKnnImplicitAlgorithm(ImplicitSignal.ALL_BINARY, 10, 1, 1, 0, 0, 0, 0, 100).fit(THREE, Progress.NONE).scoreAll(p, scores);
        assertThat(scores[1]).isCloseTo(2f / 3f, offset(1e-6f));
        assertThat(scores[2]).isCloseTo(1f / 3f, offset(1e-6f));
        // exponent 2 squares them before the scaling: 1 and 1/4 become 4/5 and 1/5
        new ItemKnnImplicitAlgorithm(ImplicitSignal.ALL_BINARY, 10, 1, 2, 0, 0, 0, 0, 100).fit(THREE, Progress.NONE).scoreAll(p, scores);
        assertThat(scores[1]).isCloseTo(4f / 5f, offset(1e-6f));
        // one neighbour per item: item 0 keeps only item 1 (2/√6 beats 1/2), so item 0 alone gives item 2 nothing
        SparseItemModel one = new ItemKnnImplicitAlgorithm(ImplicitSignal.ALL_BINARY, 1, 0.5, 1, 0, 0, 0, 0, 100).fit(THREE, Progress.NONE);
        assertThat(one.neighbours(0)).containsExactly(1);
        one.scoreAll(Profile.anonymous(new int[] {0}, new float[] {3}), scores);
        assertThat(scores[2]).isEqualTo(0f);
    }

    @Test
    void interpolationWeightsShareTheEvidenceOfNeighboursThatCoOccur() {
        // Gram (binary) [[2,2,1],[2,3,2],[1,2,2]], λ = 1. Item 0 from {1, 2}: [[4,2],[2,3]]·w = [2,1] gives
        // w = (1/2, 0): item 2 adds nothing once item 1 is known. Item 1 from {0, 2}: [[3,1],[1,3]]·w = [2,2]
        // gives (1/2, 1/2). Item 2 from {0, 1}: [[3,2],[2,4]]·w = [1,2] gives (0, 1/2).
        SparseItemModel model = new ItemKnnImplicitAlgorithm(ImplicitSignal.ALL_BINARY, 10, 1, 1, 0, 0, 0, 1, 100)
                .fit(THREE, Progress.NONE);
        float[] scores = new float[3];
        model.scoreAll(Profile.anonymous(new int[] {1}, new float[] {1}), scores);
        assertThat(scores[0]).isCloseTo(0.5f, offset(1e-6f));
        assertThat(scores[2]).isCloseTo(0.5f, offset(1e-6f));
        model.scoreAll(Profile.anonymous(new int[] {0}, new float[] {1}), scores);
        assertThat(scores[1]).isCloseTo(0.5f, offset(1e-6f));
        assertThat(scores[2]).isCloseTo(0f, offset(1e-6f));
        // the similarity lists instead give item 2 a third of item 0's evidence
        new ItemKnnImplicitAlgorithm(ImplicitSignal.ALL_BINARY, 10, 1, 1, 0, 0, 0, 0, 100).fit(THREE, Progress.NONE)
                .scoreAll(Profile.anonymous(new int[] {0}, new float[] {1}), scores);
        assertThat(scores[2]).isCloseTo(1f / 3f, offset(1e-6f));
    }

    @Test
    void rejectsANegativeInterpolationPenalty() {
        assertThatThrownBy(() -> new ItemKnnImplicitAlgorithm(ImplicitSignal.ALL_BINARY, 10, 1, 1, 0, 0, 0, -1, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interpolation");
    }

    @Test
    void interpolationRefusesCatalogueAboveMaxItemsAndSimilaritiesDoNot() {
        assertThatThrownBy(() -> new ItemKnnImplicitAlgorithm(ImplicitSignal.ALL_BINARY, 10, 1, 1, 0, 0, 0, 1, 2).fit(THREE, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 items").hasMessageContaining("interpolation=0");
        assertThat(new ItemKnnImplicitAlgorithm(ImplicitSignal.ALL_BINARY, 10, 1, 1, 0, 0, 0, 0, 2).fit(THREE, Progress.NONE).neighbours(0))
                .containsExactlyInAnyOrder(1, 2);
    }
}
