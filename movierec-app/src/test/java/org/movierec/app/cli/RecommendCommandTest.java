package org.movierec.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;

class RecommendCommandTest {

    private static RatingMatrix data() {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 4, false);
        b.addById(7, 100, 5, 0);
        b.addById(7, 300, 2, 0);
        b.addById(7, 999, 4, 0);
        b.addById(8, 200, 3, 0);
        return b.build();
    }

    private static ModelFile.Loaded model(int... userIds) {
        return new ModelFile.Loaded("x", Map.of(), IdIndex.of(userIds), IdIndex.of(300, 200, 100), RatingScale.WHOLE_STARS, null);
    }

    @Test
    void profileUsesTheModelsItemIndicesAndTrainingIndex() {
        var p = RecommendCommand.profile(data(), model(8, 7), 7);
        assertThat(p.user()).isEqualTo(1);
        assertThat(p.items()).containsExactly(0, 2);
        assertThat(p.values()).containsExactly(2f, 5f);
    }

    @Test
    void userUnknownToTheModelIsFoldedIn() {
        var p = RecommendCommand.profile(data(), model(8), 7);
        assertThat(p.user()).isEqualTo(-1);
        assertThat(p.items()).containsExactly(0, 2);
    }

    @Test
    void userWithoutRatingsIsRefused() {
        assertThatThrownBy(() -> RecommendCommand.profile(data(), model(8), 42)).hasMessage("user 42 has no ratings in the data set");
    }
}
