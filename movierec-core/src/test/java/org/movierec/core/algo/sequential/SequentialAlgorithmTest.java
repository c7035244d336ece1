package org.movierec.core.algo.sequential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

class SequentialAlgorithmTest {
    private static final int ITEMS = 6;

    /** Every user watches 0→1→2 or 3→4→5 in order, one minute apart, and both chains as often. */
    private static RatingMatrix chains() {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 100, true);
        for (int i = 0; i < ITEMS; i++) {
            b.items().add(i);
        }
        for (int u = 0; u < 20; u++) {
            int first = u % 2 == 0 ? 0 : 3;
            int second = u % 2 == 0 ? 3 : 0;
            long t = 1_000_000L * u;
            for (int k = 0; k < 3; k++) {
                b.addById(u, first + k, 4, t + 60L * k);
            }
            for (int k = 0; k < 3; k++) {
                b.addById(u, second + k, 4, t + 600 + 60L * k);
            }
        }
        return b.build();
    }

    @Test
    void theNextItemOfTheLatestRatingComesFirst() {
        RatingMatrix train = chains();
        SequentialModel model = new SequentialAlgorithm(10, 1, 3, 0.5, 0.7).fit(train, Progress.NONE);
        int a = train.items().indexOf(0);
        int d = train.items().indexOf(3);
        // rated 3 long ago and 0 just now: 1 follows 0, 4 follows 3
        Profile profile = Profile.anonymous(new int[] {d, a}, new float[] {4, 4}, new long[] {100, 5000});
        ScoredItem top = model.recommend(profile, 1, item -> item != a && item != d).get(0);
        assertThat(train.items().idAt(top.item())).isEqualTo(1);
        Profile reversed = Profile.anonymous(new int[] {d, a}, new float[] {4, 4}, new long[] {5000, 100});
        assertThat(train.items().idAt(model.recommend(reversed, 1, item -> item != a && item != d).get(0).item())).isEqualTo(4);
        assertThat(model.explain(profile, train.items().indexOf(1)).kind()).isEqualTo(SequentialModel.KIND);
    }

    @Test
    void ratingsOfTheSameSecondCountAsMadeTogether() {
        RatingMatrix train = chains();
        SequentialModel model = new SequentialAlgorithm(10, 1, 3, 0.5, 1).fit(train, Progress.NONE);
        int a = train.items().indexOf(0);
        int d = train.items().indexOf(3);
        Profile tied = Profile.anonymous(new int[] {d, a}, new float[] {4, 4}, new long[] {100, 100});
        float[] scores = new float[ITEMS];
        model.scoreAll(tied, scores);
        assertThat(scores[train.items().indexOf(1)]).isEqualTo(scores[train.items().indexOf(4)]);
    }

    @Test
    void dataWithoutTimesIsRefused() {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 1, false);
        b.addById(1, 1, 4, 0);
        assertThatThrownBy(() -> new SequentialAlgorithm(10, 1, 3, 0.5, 0.5).fit(b.build(), Progress.NONE))
                .hasMessageContaining("timestamps");
    }
}
