package org.movierec.core.algo.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingScale;

/** {@link FactorModel#unbiased}: a model from factors learned elsewhere. */
class FactorModelFactoryTest {
    private static final RatingScale SCALE = new RatingScale(1, 5, 1);
    // two users, three items, two factors
    private static final float[] USERS = {1f, 2f, 0.5f, -1f};
    private static final float[] ITEMS = {1f, 1f, 2f, 0f, 0.2f, 0.3f};

    @Test
    void predictsTheDotProductClampedToTheScale() {
        FactorModel model = FactorModel.unbiased(2, 0f, USERS, ITEMS, 0.1f, 0.1f, SCALE);
        Profile user0 = new Profile(0, new int[] {0}, new float[] {3});
        Profile user1 = new Profile(1, new int[] {0}, new float[] {3});
        assertThat(model.userCount()).isEqualTo(2);
        assertThat(model.itemCount()).isEqualTo(3);
        assertThat(model.predict(user0, 0)).isCloseTo(3.0, within(1e-6));
        assertThat(model.predict(user0, 1)).isCloseTo(2.0, within(1e-6));
        assertThat(model.predict(user0, 2)).isEqualTo(1.0); // 0.8 clamped to the minimum
        assertThat(model.predict(user1, 1)).isEqualTo(1.0);
        assertThat(model.predict(user0, 3)).isNaN();
    }

    @Test
    void addsTheGivenMeanAndFoldsInOtherProfiles() {
        FactorModel model = FactorModel.unbiased(2, 3f, USERS, ITEMS, 0.1f, 0.1f, SCALE);
        assertThat(model.predict(new Profile(0, new int[0], new float[0]), 1)).isCloseTo(5.0, within(1e-6));
        double folded = model.predict(new Profile(-1, new int[] {0, 1}, new float[] {5, 4}), 0);
        assertThat(folded).isBetween(3.0, 5.0);
    }

    @Test
    void survivesTheModelFileAsAnAlsModel(@TempDir Path dir) throws IOException {
        FactorModel model = FactorModel.unbiased(2, 0f, USERS, ITEMS, 0.1f, 0.1f, SCALE);
        Path file = dir.resolve("m.model");
        ModelFile.save(file, AlgorithmRegistry.standard().parse("als:factors=2,biased=false"), model, IdIndex.of(new int[] {7, 9}),
                IdIndex.of(new int[] {10, 20, 30}), SCALE);
        ModelFile.Loaded loaded = ModelFile.load(file, AlgorithmRegistry.standard());
        Profile user0 = new Profile(0, new int[] {0}, new float[] {3});
        for (int item = 0; item < 3; item++) {
            assertThat(loaded.model().predict(user0, item)).isEqualTo(model.predict(user0, item));
        }
    }

    @Test
    void refusesFactorArraysOfPartialRows() {
        assertThatThrownBy(() -> FactorModel.unbiased(3, 0f, USERS, ITEMS, 0.1f, 0.1f, SCALE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole rows of 3 factors");
    }
}
