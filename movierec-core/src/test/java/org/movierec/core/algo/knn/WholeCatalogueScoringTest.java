package org.movierec.core.algo.knn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * The kNN models score a whole catalogue from the profile's or the neighbours' side; every score must
 * be the one-by-one prediction of an equal profile (a new object, so nothing prepared for the first
 * is reused), bit for bit, for every measure and prediction mode; explanations after a whole-catalogue
 * scoring must name the same neighbours as before it. The data are
 * skewed (a few items and users rate much more) and rated in whole stars, so items have more
 * neighbours than k and similarities tie at the k-th neighbour.
 */
class WholeCatalogueScoringTest {
    private static final RatingMatrix DATA = skewed(240, 160, 7);

    /** users × items, popularity and activity decaying with the index, whole stars. */
    private static RatingMatrix skewed(int users, int items, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] ratings = new int[users][items];
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < items; i++) {
                double p = 0.9 / (1 + i / 12.0) * (u % 5 == 0 ? 1.5 : 0.7);
                if (random.nextDouble() < p) {
                    ratings[u][i] = 1 + (i % 3 + u % 4 + random.nextInt(3)) % 5;
                }
            }
        }
        return KnnFixtures.of(ratings);
    }

    private static List<Profile> profiles() {
        SplittableRandom random = new SplittableRandom(11);
        List<Profile> out = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            int user = random.nextInt(DATA.userCount());
            Profile full = DATA.profile(user);
            int size = Math.min(full.size(), 2 + random.nextInt(12));
            out.add(new Profile(-1, Arrays.copyOf(full.items(), size), Arrays.copyOf(full.values(), size)));
        }
        out.add(DATA.profile(0));
        out.add(DATA.profile(5));
        out.add(Profile.empty());
        return out;
    }

    private static void assertWholeEqualsOneByOne(Model model, String what) {
        int[] all = new int[model.itemCount()];
        Arrays.setAll(all, i -> i);
        float[] scores = new float[all.length];
        int differing = 0;
        for (Profile profile : profiles()) {
            model.score(profile, all, scores);
            Profile same = new Profile(profile.user(), profile.items().clone(), profile.values().clone());
            for (int item = 0; item < all.length; item++) {
                float one = (float) model.predict(same, item);
                assertThat(scores[item]).as("%s, item %d", what, item).isEqualTo(one);
                differing += one != (float) model.predict(Profile.empty(), item) ? 1 : 0;
            }
        }
        assertThat(differing).as("%s: the neighbours change predictions", what).isGreaterThan(all.length);
    }

    @Test
    void userKnnScoresEqualPredictions() {
        for (Similarity s : new Similarity[] {Similarity.COSINE, Similarity.PEARSON, Similarity.MSD, Similarity.PEARSON_BASELINE}) {
            for (PredictionMode mode : PredictionMode.values()) {
                for (int k : new int[] {3, 40}) {
                    Model m = new UserKnnAlgorithm(k, s, s == Similarity.MSD ? 0 : 10, 1, mode, 0.3).fit(DATA, Progress.NONE);
                    assertWholeEqualsOneByOne(m, "userknn " + s + " " + mode + " k=" + k);
                }
            }
        }
    }

    @Test
    void itemKnnScoresEqualPredictions() {
        for (Similarity s : Similarity.values()) {
            for (PredictionMode mode : PredictionMode.values()) {
                for (int k : new int[] {3, 40}) {
                    Model m = new ItemKnnAlgorithm(k, s, s == Similarity.MSD ? 0 : 10, 2, mode, 0.3, 60).fit(DATA, Progress.NONE);
                    assertWholeEqualsOneByOne(m, "itemknn " + s + " " + mode + " k=" + k);
                }
            }
        }
    }

    @Test
    void explanationsAfterScoringTheCatalogueNameTheSameNeighbours() {
        for (Model m : List.of(new UserKnnAlgorithm(3, Similarity.MSD, 0, 1, PredictionMode.PLAIN, 0).fit(DATA, Progress.NONE),
                new UserKnnAlgorithm().fit(DATA, Progress.NONE), new ItemKnnAlgorithm().fit(DATA, Progress.NONE))) {
            int[] all = new int[m.itemCount()];
            Arrays.setAll(all, i -> i);
            for (Profile profile : profiles()) {
                Profile same = new Profile(profile.user(), profile.items().clone(), profile.values().clone());
                List<Explanation> before = m.explain(same, all);
                m.score(profile, all, new float[all.length]);
                assertThat(m.explain(profile, all)).isEqualTo(before);
            }
        }
    }

    @Test
    void theDataTieSimilaritiesAtTheKthNeighbour() {
        Model three = new UserKnnAlgorithm(3, Similarity.MSD, 0, 1, PredictionMode.PLAIN, 0).fit(DATA, Progress.NONE);
        Model all = new UserKnnAlgorithm(1000, Similarity.MSD, 0, 1, PredictionMode.PLAIN, 0).fit(DATA, Progress.NONE);
        Profile profile = profiles().get(0);
        int tied = 0;
        for (int item = 0; item < three.itemCount(); item++) {
            List<Explanation.Reason> kept = three.explain(profile, item).reasons();
            if (kept.size() == 3) {
                double kth = kept.get(2).weight();
                long equal = all.explain(profile, item).reasons().stream().filter(r -> r.weight() == kth).count();
                long keptEqual = kept.stream().filter(r -> r.weight() == kth).count();
                tied += equal > keptEqual ? 1 : 0;
            }
        }
        assertThat(tied).as("items with more raters at the k-th similarity than kept").isGreaterThan(10);
    }
}
