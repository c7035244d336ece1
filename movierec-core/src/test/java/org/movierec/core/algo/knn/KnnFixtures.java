package org.movierec.core.algo.knn;

import org.movierec.core.data.IdIndex;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;

/** Tiny matrices whose similarities and predictions are worked out by hand in the tests. */
final class KnnFixtures {
    private KnnFixtures() {
    }

    /** Rows are users, columns items, 0 = not rated. */
    static RatingMatrix of(int[][] ratings) {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 16, false);
        for (int u = 0; u < ratings.length; u++) {
            b.users().add(u);
        }
        for (int i = 0; i < ratings[0].length; i++) {
            b.items().add(i);
        }
        for (int u = 0; u < ratings.length; u++) {
            for (int i = 0; i < ratings[u].length; i++) {
                if (ratings[u][i] > 0) {
                    b.add(u, i, ratings[u][i], 0);
                }
            }
        }
        return b.build();
    }

    /** u0: 5 3 4; u1: 4 2 -; u2: - 5 1. */
    static RatingMatrix three() {
        return of(new int[][] {{5, 3, 4}, {4, 2, 0}, {0, 5, 1}});
    }
}
