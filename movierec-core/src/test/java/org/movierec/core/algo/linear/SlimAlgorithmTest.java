package org.movierec.core.algo.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.movierec.core.algo.implicit.ImplicitSignal;
import org.movierec.core.algo.implicit.SparseItemModel;
import org.movierec.core.algo.implicit.TinyData;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

class SlimAlgorithmTest {
    /** Supports: item 0 three users, item 1 four, item 2 two; co-occurrences 01: 3, 02: 1, 12: 2. */
    private static final RatingMatrix DATA = TinyData.of(3, new int[][] {{0, 1}, {0, 1}, {0, 1, 2}, {1, 2}}, null);

    private static float[] scores(SparseItemModel model, int item) {
        float[] out = new float[3];
        model.scoreAll(Profile.anonymous(new int[] {item}, new float[] {4}), out);
        return out;
    }

    @Test
    void itemsBelowTheSupportThresholdGetNoWeights() {
        // l1 = 0, l2 = 1, converged: with all items, item 2 is predicted from item 1 alone (item 0's
        // unconstrained weight, −1/11, is clipped), (G_11 + l2)·w = G_12: w = 2 / 5
        SparseItemModel all = new SlimAlgorithm(ImplicitSignal.ALL_BINARY, 0, 1, 200, 1, 100).fit(DATA, Progress.NONE);
        assertThat(scores(all, 1)[2]).isCloseTo(0.4f, offset(1e-5f));
        assertThat(scores(all, 0)[2]).isZero();
        // min-support 3 models items 0 and 1 only: w_01 solves (G_00 + l2)·w = G_01, i.e. w = 3 / 4
        SparseItemModel two = new SlimAlgorithm(ImplicitSignal.ALL_BINARY, 0, 1, 200, 3, 100).fit(DATA, Progress.NONE);
        float[] fromZero = scores(two, 0);
        assertThat(fromZero[1]).isCloseTo(0.75f, offset(1e-5f));
        assertThat(fromZero[2]).isZero();
        assertThat(scores(two, 1)[2]).isZero();
        assertThat(scores(two, 2)).containsOnly(0f);
        assertThat(two.neighbours(2)).isEmpty();
    }

    @Test
    void rejectsASupportBelowOne() {
        assertThatThrownBy(() -> new SlimAlgorithm(ImplicitSignal.ALL_BINARY, 0, 1, 10, 0, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min-support");
    }

    @Test
    void modelsOnlyTheMostInteractedItemsBeyondMaxItems() {
        // supports: item 0: 3, item 1: 4, item 2: 2; max-items 2 leaves out item 2, which then scores 0.
        float[] all = new float[3];
        new SlimAlgorithm(ImplicitSignal.ALL_BINARY, 0, 1, 10, 1, 3).fit(DATA, Progress.NONE)
                .scoreAll(Profile.anonymous(new int[] {0, 1}, new float[] {5, 5}), all);
        float[] two = new float[3];
        new SlimAlgorithm(ImplicitSignal.ALL_BINARY, 0, 1, 10, 1, 2).fit(DATA, Progress.NONE)
                .scoreAll(Profile.anonymous(new int[] {0, 1}, new float[] {5, 5}), two);
        assertThat(all[2]).isGreaterThan(0f);
        assertThat(two[2]).isEqualTo(0f);
    }
}
