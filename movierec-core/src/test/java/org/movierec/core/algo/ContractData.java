package org.movierec.core.algo;

import java.util.Random;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;

/**
 * A small generated rating matrix with structure (two latent taste dimensions plus item quality),
 * for contract tests: 60 users and 40 items on a 1..5 scale, each user rating about 45% of the items;
 * item 39 (id 1039) has no rating and user 59 (id 559) has none either, so both exist in the index
 * but are unknown to a model.
 */
public final class ContractData {
    public static final int USERS = 60;
    public static final int ITEMS = 40;
    /** The item in the index with no training rating. */
    public static final int UNRATED_ITEM = ITEMS - 1;
    /** The user in the index with no training rating. */
    public static final int UNRATED_USER = USERS - 1;

    private ContractData() {
    }

    /**
     * Content features for the items of {@link #small()} (ids 1000..1039, the unrated item included):
     * every kind of term, shared by several items, an actor billed at different positions, and a
     * keyword on exactly two items, so every content parameter has an effect.
     */
    public static ItemFeatures features() {
        String[] genres = {"Drama", "Comedy", "Action", "Romance", "Horror"};
        ItemFeatures.Builder builder = new ItemFeatures.Builder();
        for (int i = 0; i < ITEMS; i++) {
            builder.startMovie(1000 + i);
            builder.add(ItemFeatures.Kind.GENRE, genres[i % 5], 1);
            if (i % 3 == 0) {
                builder.add(ItemFeatures.Kind.GENRE, genres[(i / 3) % 5], 1);
            }
            builder.add(ItemFeatures.Kind.DECADE, (1970 + 10 * (i % 4)) + "s", 1);
            builder.add(ItemFeatures.Kind.TAG, "tag" + (i % 6), 1 + i % 3);
            builder.add(ItemFeatures.Kind.DIRECTOR, "Director " + (i % 7), 1);
            builder.add(ItemFeatures.Kind.WRITER, "Writer " + (i % 8), 1);
            for (int k = 0; k < 4; k++) {
                builder.add(ItemFeatures.Kind.CAST, "Actor " + ((i + 3 * k) % 9), k + 1);
            }
            builder.add(ItemFeatures.Kind.KEYWORD, "keyword" + (i % 10), 1);
            if (i < 2) {
                builder.add(ItemFeatures.Kind.KEYWORD, "rare", 1);
            }
            builder.endMovie();
        }
        return builder.build();
    }

    public static RatingMatrix small() {
        Random random = new Random(20261127L);
        IdIndex users = new IdIndex();
        IdIndex items = new IdIndex();
        for (int u = 0; u < USERS; u++) {
            users.add(500 + u);
        }
        for (int i = 0; i < ITEMS; i++) {
            items.add(1000 + i);
        }
        double[][] userTaste = new double[USERS][2];
        double[][] itemTraits = new double[ITEMS][2];
        double[] quality = new double[ITEMS];
        for (double[] t : userTaste) {
            t[0] = random.nextGaussian();
            t[1] = random.nextGaussian();
        }
        for (int i = 0; i < ITEMS; i++) {
            itemTraits[i][0] = random.nextGaussian();
            itemTraits[i][1] = random.nextGaussian();
            quality[i] = 0.8 * random.nextGaussian();
        }
        RatingMatrixBuilder builder = new RatingMatrixBuilder(users, items, RatingScale.WHOLE_STARS, USERS * ITEMS / 2, true);
        for (int u = 0; u < UNRATED_USER; u++) {
            double bias = 0.5 * random.nextGaussian();
            for (int i = 0; i < UNRATED_ITEM; i++) {
                if (random.nextDouble() < 0.45) {
                    double r = 3.4 + bias + quality[i] + 0.6 * (userTaste[u][0] * itemTraits[i][0] + userTaste[u][1] * itemTraits[i][1])
                            + 0.4 * random.nextGaussian();
                    float value = (float) Math.max(1, Math.min(5, Math.rint(r)));
                    builder.add(u, i, value, 1_000_000L + u * 1000L + i);
                }
            }
        }
        return builder.build();
    }
}
