package org.movierec.core.algo.implicit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

class IalsAlgorithmTest {

    @Test
    void theL2WeightGrowsWithARowsInteractions() {
        IalsAlgorithm.Penalty penalty = new IalsAlgorithm.Penalty(10, 0.5, 4);
        assertThat(penalty.of(16)).isEqualTo(20f);
        assertThat(penalty.of(4)).isEqualTo(10f);
        assertThat(penalty.of(1)).isEqualTo(5f);
        assertThat(penalty.of(0)).as("a row without interactions counts as one").isEqualTo(5f);
        assertThat(new IalsAlgorithm.Penalty(10, 0, 4).of(16)).isEqualTo(10f);
    }

    @Test
    void foldingInATrainingUsersProfileUsesTheUsersOwnWeight() {
        // converged (exact CG steps for 8 factors, many passes), so a training user's learned factors are the
        // least-squares solution the fold-in computes, provided both use the same frequency-scaled L2 weight
        RatingMatrix data = TinyData.groups(80, 40, 5);
        IalsModel model = (IalsModel) AlgorithmRegistry.standard()
                .parse("ials:factors=8,iterations=300,cg-steps=8,regularization=2,regularization-exponent=1")
                .fit(data, Progress.NONE);
        for (int u : new int[] {0, 17, 42}) {
            float[] learned = new float[40];
            float[] folded = new float[40];
            model.scoreAll(data.profile(u), learned);
            model.scoreAll(data.profile(u).detached(), folded);
            for (int i = 0; i < 40; i++) {
                assertThat(folded[i]).as("user %d item %d", u, i).isCloseTo(learned[i], offset(1e-3f));
            }
        }
    }

    @Test
    void rejectsANegativeExponent() {
        assertThatThrownBy(() -> AlgorithmRegistry.standard().parse("ials:regularization-exponent=-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regularization-exponent");
    }
}
