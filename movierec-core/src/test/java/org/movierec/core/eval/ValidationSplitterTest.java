package org.movierec.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.implicit.TinyData;
import org.movierec.core.data.RatingMatrix;

class ValidationSplitterTest {
    /** Four users with 4, 4, 2 and 1 ratings. */
    private static final RatingMatrix DATA = TinyData.of(5, new int[][] {{0, 1, 2, 3}, {1, 2, 3, 4}, {0, 4}, {2}}, null);

    @Test
    void validationFoldsLieInsideTheOuterTrainingFold() throws IOException {
        Splitter outer = new UserHoldoutSplitter(0.5, 1);
        Splitter inner = new UserHoldoutSplitter(0.5, 2);
        FoldMask held = outer.split(DATA).get(0);
        List<FoldMask> folds = new ValidationSplitter(outer, inner).split(DATA);
        assertThat(folds).hasSize(1);
        FoldMask v = folds.get(0);
        for (int k = 0; k < DATA.size(); k++) {
            assertThat(v.train()[k] || v.test()[k]).as("position %d used by validation", k).isEqualTo(held.train()[k]);
        }
        // per user, the outer training part keeps ⌊n/2⌋ (2, 2, 1, 0) and the inner split keeps ⌊m/2⌋ of that (1, 1, 0, 0)
        RatingMatrix validationTrain = v.trainOf(DATA);
        RatingMatrix validationTest = v.testOf(DATA);
        assertThat(validationTrain.size()).isEqualTo(2);
        assertThat(validationTest.size()).isEqualTo(3);
        // the same ratings as the inner split of the outer training matrix
        RatingMatrix outerTrain = held.trainOf(DATA);
        FoldMask direct = inner.split(outerTrain).get(0);
        for (int u = 0; u < DATA.userCount(); u++) {
            assertThat(validationTest.profile(u).items()).containsExactly(direct.testOf(outerTrain).profile(u).items());
        }
        assertThat(new ValidationSplitter(outer, inner).describe()).isEqualTo("user-holdout:0.5 within the training part of user-holdout:0.5");
    }
}
