package org.movierec.core.algo.implicit;

import java.util.SplittableRandom;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;

/** Small rating matrices built in code for the top-N tests. */
public final class TinyData {
    private TinyData() {
    }

    /** Rows of (item, rating) pairs per user, items and users numbered from 0 (external ids 100+i, 1+u). */
    public static RatingMatrix of(int items, int[][] userItems, float[][] ratings) {
        IdIndex itemIndex = new IdIndex();
        for (int i = 0; i < items; i++) {
            itemIndex.add(100 + i);
        }
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), itemIndex, RatingScale.WHOLE_STARS, 16, false);
        for (int u = 0; u < userItems.length; u++) {
            for (int k = 0; k < userItems[u].length; k++) {
                b.addById(1 + u, 100 + userItems[u][k], ratings == null ? 4 : ratings[u][k], 0);
            }
        }
        return b.build();
    }

    /**
     * Users in four taste groups, each interacting mostly with its own block of items (rated 4-5)
     * and a little with others (rated 1-3), plus a popularity gradient: enough structure that every
     * top-N model learns something.
     */
    public static RatingMatrix groups(int users, int items, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        IdIndex userIndex = new IdIndex();
        IdIndex itemIndex = new IdIndex();
        for (int u = 0; u < users; u++) {
            userIndex.add(1 + u);
        }
        for (int i = 0; i < items; i++) {
            itemIndex.add(100 + i);
        }
        RatingMatrixBuilder b = new RatingMatrixBuilder(userIndex, itemIndex, RatingScale.WHOLE_STARS, users * 10, false);
        for (int u = 0; u < users; u++) {
            int group = u % 4;
            for (int i = 0; i < items; i++) {
                boolean own = i % 4 == group;
                double p = (own ? 0.5 : 0.06) * (1.2 - (double) i / items);
                if (random.nextDouble() < p) {
                    b.add(u, i, own ? 4 + random.nextInt(2) : 1 + random.nextInt(3), 0);
                }
            }
        }
        return b.build();
    }
}
