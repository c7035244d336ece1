package org.movierec.core.algo.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelContractTest;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

class BiasAlgorithmTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return new BiasAlgorithm();
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("reg-item", "0.5", "reg-user", "50", "epochs", "1");
    }

    /** u0 rated i0=5, i1=3; u1 rated i0=4: μ = 4. */
    static RatingMatrix tiny() {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 3, false);
        b.addById(10, 100, 5, 0);
        b.addById(10, 101, 3, 0);
        b.addById(11, 100, 4, 0);
        return b.build();
    }

    @Test
    void oneEpochComputedByHand() {
        // Users first with b_i = 0: b_u0 = (1 - 1) / 3 = 0, b_u1 = 0 / 2 = 0.
        // Then items: b_i0 = (1 + 0) / (1 + 2) = 1/3, b_i1 = -1 / (1 + 1) = -1/2.
        BiasModel m = new BiasAlgorithm(1, 1, 1).fit(tiny(), Progress.NONE);
        assertThat(m.globalMean()).isCloseTo(4, within(1e-9));
        assertThat((double) m.itemBias(0)).isCloseTo(1.0 / 3, within(1e-6));
        assertThat((double) m.itemBias(1)).isCloseTo(-0.5, within(1e-6));
        assertThat(m.predict(tiny().profile(0), 1)).isCloseTo(3.5, within(1e-6));
        // A visitor who rated i0 = 5 is folded in: b_u = (5 - 4 - 1/3) / (1 + 1) = 1/3.
        Profile visitor = Profile.anonymous(new int[] {0}, new float[] {5});
        assertThat(m.predict(visitor, 1)).isCloseTo(4 + 1.0 / 3 - 0.5, within(1e-6));
    }

    @Test
    void twoEpochsComputedByHand() {
        BiasModel m = new BiasAlgorithm(1, 1, 2).fit(tiny(), Progress.NONE);
        // b_u0 = (1 - 1/3 - 1 + 1/2) / 3 = 1/18; b_u1 = (-1/3) / 2 = -1/6;
        // b_i0 = (1 - 1/18 + 1/6) / 3 = 10/27; b_i1 = (-1 - 1/18) / 2 = -19/36.
        assertThat((double) m.trainedUserBias(0)).isCloseTo(1.0 / 18, within(1e-6));
        assertThat((double) m.trainedUserBias(1)).isCloseTo(-1.0 / 6, within(1e-6));
        assertThat((double) m.itemBias(0)).isCloseTo(10.0 / 27, within(1e-6));
        assertThat((double) m.itemBias(1)).isCloseTo(-19.0 / 36, within(1e-6));
    }

    @Test
    void predictionsAreClampedIntoTheScale() {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 4, false);
        b.addById(1, 1, 5, 0);
        b.addById(1, 2, 5, 0);
        b.addById(2, 1, 5, 0);
        b.addById(2, 3, 1, 0);
        BiasModel m = new BiasAlgorithm(0, 0, 5).fit(b.build(), Progress.NONE);
        for (int item = 0; item < 3; item++) {
            assertThat(m.predict(Profile.anonymous(new int[] {0, 1}, new float[] {5, 5}), item)).isBetween(1.0, 5.0);
        }
    }

    @Test
    void badParametersAreRefusedWithTheirName() {
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        assertThatThrownBy(() -> registry.parse("baseline:epochs=0")).hasMessageContaining("epochs");
        assertThatThrownBy(() -> registry.parse("baseline:reg-item=-1")).hasMessageContaining("reg-item");
    }
}
