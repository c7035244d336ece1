package org.movierec.core.algo.bayes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

class BayesianMfTest {
    private static final int USERS = 80;
    private static final int ITEMS = 50;
    private static final RatingScale SCALE = new RatingScale(1, 5, 0);

    /** Truth: 3 + u-bias + i-bias + a rank-2 product; half the cells observed with noise 0.1. */
    private static double truth(int u, int i) {
        double pu0 = Math.sin(u * 0.7);
        double pu1 = Math.cos(u * 1.3);
        double qi0 = Math.cos(i * 0.9);
        double qi1 = Math.sin(i * 0.4 + 1);
        return 3 + 0.3 * Math.sin(u) + 0.4 * Math.cos(2 * i) + 0.8 * (pu0 * qi0 + pu1 * qi1);
    }

    private static RatingMatrix[] synthetic() {
        RatingMatrixBuilder train = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), SCALE, 2000, false);
        IdIndex users = train.users();
        IdIndex items = train.items();
        for (int u = 0; u < USERS; u++) {
            users.add(u + 1);
        }
        for (int i = 0; i < ITEMS; i++) {
            items.add(i + 1);
        }
        RatingMatrixBuilder test = new RatingMatrixBuilder(users, items, SCALE, 2000, false);
        SplittableRandom random = new SplittableRandom(3);
        for (int u = 0; u < USERS; u++) {
            for (int i = 0; i < ITEMS; i++) {
                if (random.nextDouble() < 0.5) {
                    train.add(u, i, (float) SCALE.clamp(truth(u, i) + 0.1 * random.nextGaussian()), 0);
                } else {
                    test.add(u, i, (float) truth(u, i), 0);
                }
            }
        }
        return new RatingMatrix[] {train.build(), test.build()};
    }

    private static BayesianMfAlgorithm small() {
        return new BayesianMfAlgorithm(4, 20, 10, 2, true, true, 1);
    }

    private static double rmse(Model model, RatingMatrix train, RatingMatrix test, boolean foldIn) {
        double sse = 0;
        for (int u = 0; u < test.userCount(); u++) {
            Profile profile = foldIn ? train.profile(u).detached() : train.profile(u);
            for (int p = test.userPointers()[u]; p < test.userPointers()[u + 1]; p++) {
                double e = model.predict(profile, test.userItems()[p]) - test.userValues()[p];
                sse += e * e;
            }
        }
        return Math.sqrt(sse / test.size());
    }

    @Test
    void recoversALowRankMatrixFromHalfItsCells() {
        RatingMatrix[] data = synthetic();
        BayesianMfModel model = small().fit(data[0], Progress.NONE);
        assertThat(model.sampleCount()).isEqualTo(10);
        assertThat(model.userCount()).isEqualTo(USERS);
        assertThat(model.itemCount()).isEqualTo(ITEMS);
        double meanOnly = 0;
        double mu = data[0].globalMean();
        for (float v : data[1].userValues()) {
            meanOnly += (v - mu) * (v - mu);
        }
        meanOnly = Math.sqrt(meanOnly / data[1].size());
        assertThat(meanOnly).isGreaterThan(0.6);
        assertThat(rmse(model, data[0], data[1], false)).isLessThan(0.2);
        assertThat(rmse(model, data[0], data[1], true)).isLessThan(0.25);
    }

    @Test
    void foldInOfATrainingProfileIsCloseToTheLearnedUser() {
        RatingMatrix[] data = synthetic();
        Model model = small().fit(data[0], Progress.NONE);
        double diff = 0;
        int n = 0;
        for (int u = 0; u < USERS; u += 7) {
            for (int i = 0; i < ITEMS; i++) {
                diff += Math.abs(model.predict(data[0].profile(u), i) - model.predict(data[0].profile(u).detached(), i));
                n++;
            }
        }
        assertThat(diff / n).isLessThan(0.1);
    }

    /** The noise precision's Gamma(1, 1) prior allows noise of about (n/2)^-1/2: n must not be tiny. */
    @Test
    void constantRatingsArePredictedEverywhereIncludingEmptyProfiles() {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 100, false);
        for (int u = 0; u < 60; u++) {
            for (int i = 0; i < 40; i++) {
                if ((u + i) % 3 != 0) {
                    b.addById(u, i, 4, 0);
                }
            }
        }
        RatingMatrix train = b.build();
        Model model = small().fit(train, Progress.NONE);
        for (int i = 0; i < 40; i++) {
            assertThat(model.predict(train.profile(i), i)).isCloseTo(4, within(0.05));
            assertThat(model.predict(Profile.empty(), i)).isCloseTo(4, within(0.05));
            assertThat(model.predict(Profile.anonymous(new int[] {1, 2}, new float[] {4, 4}), i)).isCloseTo(4, within(0.05));
        }
    }

    @Test
    void predictionsStayOnTheScaleAndUnknownItemsHaveNoPrediction() {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 100, false);
        for (int u = 0; u < 12; u++) {
            for (int i = 0; i < 10; i++) {
                b.addById(u, i, u < 6 ? 5 : 1, 0);
            }
        }
        RatingMatrix train = b.build();
        Model model = small().fit(train, Progress.NONE);
        int[] items = {0, 3, 9, 10, -1};
        float[] out = new float[items.length];
        for (int u = 0; u < 12; u++) {
            model.score(train.profile(u), items, out);
            for (int j = 0; j < 3; j++) {
                assertThat(out[j]).isBetween(1f, 5f);
            }
            assertThat(out[3]).isNaN();
            assertThat(out[4]).isNaN();
        }
        assertThat(model.predict(train.profile(0), 0)).isGreaterThan(4.5);
        assertThat(model.predict(train.profile(11), 0)).isLessThan(1.5);
        assertThat(model.predict(train.profile(0), 10)).isNaN();
    }

    @Test
    void sameSeedGivesTheSameModelAndAnotherSeedAnother() {
        RatingMatrix train = synthetic()[0];
        float[] a = scores(small().fit(train, Progress.NONE), train);
        float[] again = scores(small().fit(train, Progress.NONE), train);
        float[] other = scores(new BayesianMfAlgorithm(4, 20, 10, 2, true, true, 2).fit(train, Progress.NONE), train);
        assertThat(again).containsExactly(a);
        assertThat(other).isNotEqualTo(a);
    }

    private static float[] scores(Model model, RatingMatrix train) {
        int[] items = new int[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            items[i] = i;
        }
        float[] all = new float[USERS * ITEMS + ITEMS];
        float[] out = new float[ITEMS];
        for (int u = 0; u < USERS; u++) {
            model.score(train.profile(u), items, out);
            System.arraycopy(out, 0, all, u * ITEMS, ITEMS);
        }
        model.score(train.profile(5).detached(), items, out);
        System.arraycopy(out, 0, all, USERS * ITEMS, ITEMS);
        return all;
    }

    @Test
    void everyParameterChangesTheModel() {
        RatingMatrix train = synthetic()[0];
        AlgorithmSpec spec = AlgorithmRegistry.standard().spec("bmf");
        Map<String, String> base = Map.of("factors", "4", "burnin", "10", "samples", "5", "thin", "2");
        float[] reference = scores(spec.create(base).fit(train, Progress.NONE), train);
        for (ParamSpec param : spec.params()) {
            Map<String, String> changed = new HashMap<>(base);
            String value = changed.getOrDefault(param.name(), param.defaultValue());
            changed.put(param.name(), param.type().equals("boolean") ? Boolean.toString(!Boolean.parseBoolean(value))
                    : Integer.toString(Integer.parseInt(value) + 1));
            Algorithm algorithm = spec.create(changed);
            assertThat(scores(algorithm.fit(train, Progress.NONE), train)).as(param.name()).isNotEqualTo(reference);
        }
    }

    @Test
    void invalidParametersAreRefusedWithTheirName() {
        assertThatThrownBy(() -> new BayesianMfAlgorithm(0, 10, 10, 1, true, true, 1)).hasMessageContaining("factors");
        assertThatThrownBy(() -> new BayesianMfAlgorithm(4, -1, 10, 1, true, true, 1)).hasMessageContaining("burnin");
        assertThatThrownBy(() -> new BayesianMfAlgorithm(4, 10, 0, 1, true, true, 1)).hasMessageContaining("samples");
        assertThatThrownBy(() -> new BayesianMfAlgorithm(4, 10, 10, 0, true, true, 1)).hasMessageContaining("thin");
    }

    @Test
    void savedAndLoadedModelPredictsIdentically(@TempDir Path dir) throws IOException {
        RatingMatrix train = synthetic()[0];
        BayesianMfAlgorithm plain = new BayesianMfAlgorithm(3, 5, 4, 1, false, false, 9);
        for (BayesianMfAlgorithm algorithm : new BayesianMfAlgorithm[] {small(), plain}) {
            Model model = algorithm.fit(train, Progress.NONE);
            Path file = dir.resolve("bmf-" + algorithm.factors() + ".model");
            ModelFile.save(file, algorithm, model, train.users(), train.items(), train.scale());
            ModelFile.Loaded loaded = ModelFile.load(file, AlgorithmRegistry.standard());
            assertThat(loaded.algorithm()).isEqualTo("bmf");
            assertThat(scores(loaded.model(), train)).containsExactly(scores(model, train));
            assertThat(loaded.model().explain(train.profile(3), 7)).isEqualTo(model.explain(train.profile(3), 7));
        }
    }

    @Test
    void explanationListsRatedItemsWhoseFactorsAgree() {
        RatingMatrix train = synthetic()[0];
        Model model = small().fit(train, Progress.NONE);
        Profile profile = train.profile(10);
        Explanation explanation = model.explain(profile, 0);
        assertThat(explanation.kind()).isEqualTo("factors");
        assertThat(explanation.reasons()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        double previous = Double.MAX_VALUE;
        for (Explanation.Reason reason : explanation.reasons()) {
            assertThat(profile.rating(reason.item())).isGreaterThanOrEqualTo((float) profile.mean());
            assertThat(reason.weight()).isPositive().isLessThanOrEqualTo(previous + 1e-12);
            previous = reason.weight();
        }
        assertThat(model.explain(Profile.empty(), 0).reasons()).isEmpty();
    }
}
