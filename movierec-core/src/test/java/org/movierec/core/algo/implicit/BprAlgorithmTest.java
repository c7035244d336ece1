package org.movierec.core.algo.implicit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class BprAlgorithmTest {

    @Test
    void oneStepFollowsTheGradientComputedByHand() {
        // f = 1, p_u = 1, q_i = 1, q_j = 0, biases 0: x_uij = 1, g = σ(-1) = 0.268941
        float[] users = {1};
        float[] items = {0, 1};
        float[] bias = {0, 0};
        BprAlgorithm.step(users, 0, items, bias, 1, 0, 1, 0.1f, 0.5f, true);
        float g = 0.268941f;
        assertThat(users[0]).isCloseTo(1 + 0.1f * (g * 1 - 0.5f * 1), offset(1e-6f));
        assertThat(items[1]).isCloseTo(1 + 0.1f * (g * 1 - 0.5f * 1), offset(1e-6f));
        assertThat(items[0]).isCloseTo(0.1f * (-g * 1), offset(1e-6f));
        assertThat(bias[1]).isCloseTo(0.1f * g, offset(1e-6f));
        assertThat(bias[0]).isCloseTo(-0.1f * g, offset(1e-6f));
    }

    @Test
    void foldInStepsLeaveTheItemsAlone() {
        float[] users = {1};
        float[] items = {0, 1};
        float[] bias = {0, 0};
        BprAlgorithm.step(users, 0, items, bias, 1, 0, 1, 0.1f, 0f, false);
        assertThat(items).containsExactly(0f, 1f);
        assertThat(bias).containsExactly(0f, 0f);
        assertThat(users[0]).isCloseTo(1 + 0.1f * 0.268941f, offset(1e-6f));
    }
}
