package org.movierec.core.algo.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.movierec.core.algo.implicit.ImplicitSignal;
import org.movierec.core.algo.implicit.TinyData;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

class EaseAlgorithmTest {
    /** u0: {0,1}, u1: {1,2}, u2: {0,1,2}; XᵀX = [[2,2,1],[2,3,2],[1,2,2]]. */
    private static final RatingMatrix THREE = TinyData.of(3, new int[][] {{0, 1}, {1, 2}, {0, 1, 2}}, null);

    @Test
    void weightsMatchTheClosedFormComputedByHand() {
        // λ = 1: P = (XᵀX + I)⁻¹ = [[8,-4,0],[-4,8,-4],[0,-4,8]] / 16, B_ij = -P_ij / P_jj:
        // B01 = B10 = B12 = B21 = 0.5, B02 = B20 = 0.
        EaseModel model = new EaseAlgorithm(ImplicitSignal.ALL_BINARY, 1, 0, 1, 100).fit(THREE, Progress.NONE);
        float[] scores = new float[3];
        model.scoreAll(Profile.anonymous(new int[] {0}, new float[] {5}), scores);
        assertThat(scores[0]).isCloseTo(0f, offset(1e-6f));
        assertThat(scores[1]).isCloseTo(0.5f, offset(1e-5f));
        assertThat(scores[2]).isCloseTo(0f, offset(1e-5f));
        model.scoreAll(Profile.anonymous(new int[] {0, 2}, new float[] {5, 5}), scores);
        assertThat(scores[1]).isCloseTo(1f, offset(1e-5f));
        assertThat(model.explain(Profile.anonymous(new int[] {0, 2}, new float[] {5, 5}), 1).reasons())
                .extracting(r -> r.item()).containsExactlyInAnyOrder(0, 2);
    }

    @Test
    void dropoutAddsPopularityToTheRegularisation() {
        // dropout 0.5 adds 1·diag(XᵀX): A = [[5,2,1],[2,7,2],[1,2,5]]; det = 5·31 - 2·8 + 1·(-3) = 136;
        // P01 = -(2·5 - 2·1)/136 = -8/136, P11 = 24/136, so B01 = 8/24.
        EaseModel model = new EaseAlgorithm(ImplicitSignal.ALL_BINARY, 1, 0.5, 1, 100).fit(THREE, Progress.NONE);
        float[] scores = new float[3];
        model.scoreAll(Profile.anonymous(new int[] {0}, new float[] {5}), scores);
        assertThat(scores[1]).isCloseTo(8f / 24f, offset(1e-5f));
    }

    @Test
    void itemsBelowTheSupportThresholdAreNotModelled() {
        EaseModel model = new EaseAlgorithm(ImplicitSignal.ALL_BINARY, 1, 0, 3, 100).fit(THREE, Progress.NONE);
        assertThat(model.modelledItemCount()).isEqualTo(1);
        float[] scores = new float[3];
        model.scoreAll(Profile.anonymous(new int[] {0}, new float[] {5}), scores);
        assertThat(scores[0]).isNaN();
        assertThat(scores[1]).isEqualTo(0f);
    }

    @Test
    void modelsTheMostInteractedItemsBeyondMaxItems() {
        // supports 2, 3, 2: max-items 2 keeps item 1 and, of the tied items 0 and 2, the lower index.
        EaseModel model = new EaseAlgorithm(ImplicitSignal.ALL_BINARY, 1, 0, 1, 2).fit(THREE, Progress.NONE);
        assertThat(model.modelledItemCount()).isEqualTo(2);
        float[] scores = new float[3];
        model.scoreAll(Profile.anonymous(new int[] {1}, new float[] {5}), scores);
        assertThat(scores[0]).isNotNaN();
        assertThat(scores[2]).isNaN();
    }

    @Test
    void aMemoryBudgetLowersMaxItemsToTheDenseInverseItHolds() {
        EaseAlgorithm ease = new EaseAlgorithm(ImplicitSignal.ALL_BINARY, 1, 0, 1, 20000);
        assertThat(ease.withMemoryBudget(8L * 1000 * 1000).maxItems()).isEqualTo(1000);
        assertThat(ease.withMemoryBudget(8L * 30000 * 30000)).isSameAs(ease);
    }
}
