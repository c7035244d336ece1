package org.movierec.core.algo.implicit;

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

/** {@link IalsModel#of}: an implicit model from factors learned elsewhere. */
class IalsModelFactoryTest {
    private static final ImplicitSignal SIGNAL = new ImplicitSignal(0, ImplicitSignal.Weight.RATING);
    private static final float[] USERS = {1f, 2f, 0.5f, -1f};
    private static final float[] ITEMS = {1f, 1f, 2f, 0f, 0.2f, 0.3f};

    private static IalsModel model() {
        return IalsModel.of(SIGNAL, 2, 1.5, 1, 2, 1, IalsAlgorithm.Scaling.LINEAR, USERS, ITEMS);
    }

    @Test
    void scoresTrainingUsersWithTheGivenFactors() {
        float[] out = new float[3];
        model().scoreAll(new Profile(1, new int[] {0}, new float[] {4}), out);
        assertThat(out).containsExactly(new float[] {-0.5f, 1f, -0.2f}, within(1e-6f));
    }

    @Test
    void foldsInAProfileAgainstTheItemFactors() {
        float[] out = new float[3];
        model().scoreAll(new Profile(-1, new int[] {1}, new float[] {5}), out);
        assertThat(out[1]).isGreaterThan(out[2]).isGreaterThan(0f);
    }

    @Test
    void survivesTheModelFileAsAnIalsModel(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.model");
        ModelFile.save(file, AlgorithmRegistry.standard().parse("ials:factors=2"), model(), IdIndex.of(new int[] {7, 9}),
                IdIndex.of(new int[] {10, 20, 30}), new RatingScale(1, 5, 1));
        RankingModel loaded = (RankingModel) ModelFile.load(file, AlgorithmRegistry.standard()).model();
        Profile profile = new Profile(-1, new int[] {0, 2}, new float[] {5, 1});
        float[] expected = new float[3];
        float[] actual = new float[3];
        model().scoreAll(profile, expected);
        loaded.scoreAll(profile, actual);
        assertThat(actual).containsExactly(expected);
    }

    @Test
    void refusesBadShapesAndParameters() {
        assertThatThrownBy(() -> IalsModel.of(SIGNAL, 4, 1.5, 1, 2, 1, IalsAlgorithm.Scaling.LINEAR, USERS, ITEMS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole rows of 4 factors");
        assertThatThrownBy(() -> IalsModel.of(SIGNAL, 2, 0, 1, 2, 1, IalsAlgorithm.Scaling.LINEAR, USERS, ITEMS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regularization > 0");
    }
}
