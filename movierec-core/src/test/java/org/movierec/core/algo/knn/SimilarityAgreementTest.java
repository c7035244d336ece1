package org.movierec.core.algo.knn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.ContractData;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.baseline.BiasAlgorithm;
import org.movierec.core.algo.baseline.BiasModel;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * The fast similarity computations (item pairs computed once and mirrored; user similarities
 * accumulated per request) agree with a direct textbook computation for every pair.
 */
class SimilarityAgreementTest {
    private final RatingMatrix train = ContractData.small();
    private final BiasModel bias = new BiasAlgorithm().fit(train, Progress.NONE);

    /** The textbook similarity of two value lists (co-rated entries, already transformed). */
    private static double direct(Similarity s, List<double[]> pairs, double shrinkage) {
        int n = pairs.size();
        if (n == 0) {
            return 0;
        }
        double sim;
        if (s == Similarity.MSD) {
            double sum = 0;
            for (double[] p : pairs) {
                sum += (p[0] - p[1]) * (p[0] - p[1]);
            }
            sim = 1 / (1 + sum / n);
        } else if (s == Similarity.PEARSON) {
            double mx = 0;
            double my = 0;
            for (double[] p : pairs) {
                mx += p[0] / n;
                my += p[1] / n;
            }
            double xy = 0;
            double xx = 0;
            double yy = 0;
            for (double[] p : pairs) {
                xy += (p[0] - mx) * (p[1] - my);
                xx += (p[0] - mx) * (p[0] - mx);
                yy += (p[1] - my) * (p[1] - my);
            }
            sim = xx * yy > 1e-12 ? xy / Math.sqrt(xx * yy) : 0;
        } else {
            double xy = 0;
            double xx = 0;
            double yy = 0;
            for (double[] p : pairs) {
                xy += p[0] * p[1];
                xx += p[0] * p[0];
                yy += p[1] * p[1];
            }
            sim = xx * yy > 1e-12 ? xy / Math.sqrt(xx * yy) : 0;
        }
        return shrinkage > 0 ? sim * (n - 1) / (n - 1 + shrinkage) : sim;
    }

    /** Σxy over the co-rated entries divided by the norms of the two whole vectors, shrunk. */
    private static double wholeNormCosine(List<double[]> pairs, double normProduct, double shrinkage) {
        int n = pairs.size();
        double xy = 0;
        for (double[] p : pairs) {
            xy += p[0] * p[1];
        }
        double sim = n == 0 || normProduct < 1e-12 ? 0 : xy / normProduct;
        return shrinkage > 0 && n > 0 ? sim * (n - 1) / (n - 1 + shrinkage) : sim;
    }

    private double norm(Similarity s, int item, double[] userMeans) {
        double squares = 0;
        for (int u = 0; u < train.userCount(); u++) {
            if (!Float.isNaN(train.rating(u, item))) {
                double x = transformed(s, u, item, userMeans);
                squares += x * x;
            }
        }
        return Math.sqrt(squares);
    }

    private double transformed(Similarity s, int user, int item, double[] userMeans) {
        double r = train.rating(user, item);
        return switch (s) {
            case ADJUSTED_COSINE -> r - userMeans[user];
            case PEARSON_BASELINE, BASELINE_COSINE -> r - bias.estimate(bias.trainedUserBias(user), item);
            default -> r;
        };
    }

    @Test
    void itemSimilaritiesAgreeWithTheDirectComputation() {
        double[] userMeans = ItemSimilarities.userMeans(train);
        for (Similarity s : Similarity.values()) {
            ItemKnnModel model = new ItemKnnAlgorithm(40, s, 5, 1, PredictionMode.BASELINE, 0, 1000).fit(train, Progress.NONE);
            int positive = 0;
            for (int a = 0; a < train.itemCount(); a++) {
                for (int b = 0; b < train.itemCount(); b++) {
                    if (a == b) {
                        continue;
                    }
                    List<double[]> pairs = new ArrayList<>();
                    for (int u = 0; u < train.userCount(); u++) {
                        if (!Float.isNaN(train.rating(u, a)) && !Float.isNaN(train.rating(u, b))) {
                            pairs.add(new double[] {transformed(s, u, a, userMeans), transformed(s, u, b, userMeans)});
                        }
                    }
                    double expected = s == Similarity.BASELINE_COSINE
                            ? wholeNormCosine(pairs, norm(s, a, userMeans) * norm(s, b, userMeans), 5)
                            : direct(s, pairs, 5);
                    if (expected > 1e-4) {
                        positive++;
                        assertThat((double) model.similarity(a, b)).as("%s %d %d", s, a, b).isCloseTo(expected, within(2e-4));
                    } else if (expected < -1e-4) {
                        assertThat(model.similarity(a, b)).as("%s %d %d", s, a, b).isZero();
                    }
                }
            }
            assertThat(positive).as(s.label()).isGreaterThan(100);
        }
    }

    @Test
    void wholeRowsGiveTheMirroredHalfRowsNeighboursBitForBit() {
        for (Similarity s : Similarity.values()) {
            ItemSimilarities.Values values = ItemSimilarities.values(train, s, bias);
            for (int keep : new int[] {3, 1000}) {
                NeighbourLists half = ItemSimilarities.compute(train, values, s, 5, 1, keep, Long.MAX_VALUE, Progress.NONE);
                NeighbourLists whole = ItemSimilarities.compute(train, values, s, 5, 1, keep, 0, Progress.NONE);
                assertThat(whole.ptr()).as("%s keep %d", s, keep).isEqualTo(half.ptr());
                assertThat(whole.neighbours()).as("%s keep %d", s, keep).isEqualTo(half.neighbours());
                assertThat(whole.weights()).as("%s keep %d", s, keep).isEqualTo(half.weights());
            }
        }
    }

    @Test
    void userSimilaritiesAgreeWithTheDirectComputation() {
        Profile visitor = train.profile(3).detached();
        double visitorMean = visitor.mean();
        double visitorBias = bias.userBias(visitor);
        for (Similarity s : new Similarity[] {Similarity.COSINE, Similarity.PEARSON, Similarity.MSD, Similarity.PEARSON_BASELINE}) {
            UserKnnModel model = new UserKnnAlgorithm(1000, s, 5, 1, PredictionMode.PLAIN, 0).fit(train, Progress.NONE);
            for (int item = 0; item < 5; item++) {
                for (Explanation.Reason reason : model.explain(visitor, item).reasons()) {
                    int v = Integer.parseInt(reason.feature().substring("user:".length()));
                    List<double[]> pairs = new ArrayList<>();
                    for (int j = 0; j < visitor.size(); j++) {
                        int i = visitor.items()[j];
                        double r = train.rating(v, i);
                        if (!Double.isNaN(r)) {
                            double x = visitor.values()[j];
                            double y = r;
                            if (s == Similarity.PEARSON_BASELINE) {
                                x -= bias.estimate(visitorBias, i);
                                y -= bias.estimate(bias.trainedUserBias(v), i);
                            } else if (s == Similarity.PEARSON) {
                                x -= visitorMean;
                            }
                            pairs.add(new double[] {x, y});
                        }
                    }
                    assertThat(reason.weight()).as("%s user %d", s, v).isCloseTo(direct(s, pairs, 5), within(2e-4));
                }
            }
        }
    }
}
