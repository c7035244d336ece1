package org.movierec.core.algo.mf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/** Behaviour shared by svd, svdpp, als and nmf, on a generated low-rank data set. */
class MatrixFactorizationTest {
    private static final AlgorithmRegistry REGISTRY = new AlgorithmRegistry(MatrixFactorizationAlgorithms.specs());
    private static RatingFolds data;

    @BeforeAll
    static void generate() {
        data = Synthetic.holdout(Synthetic.ratings(300, 200, 9000, 7), 0.2, 7);
    }

    static Stream<String> names() {
        return Stream.of("svd", "svdpp", "als", "nmf");
    }

    private static Algorithm quick(String name, Map<String, String> extra) {
        Map<String, String> params = new HashMap<>();
        params.put("factors", "8");
        params.putAll(extra);
        return REGISTRY.spec(name).create(params);
    }

    @ParameterizedTest
    @MethodSource("names")
    void learnsTheStructureBetterThanTheGlobalMean(String name) {
        Model model = quick(name, Map.of()).fit(data.train(), Progress.NONE);
        double meanRmse = data.rmseOfConstant(data.train().globalMean());
        assertThat(data.rmse(model)).isLessThan(meanRmse - 0.08);
    }

    @ParameterizedTest
    @MethodSource("names")
    void sameSeedSameModelOtherSeedOtherModel(String name) {
        Model a = quick(name, Map.of()).fit(data.train(), Progress.NONE);
        Model b = quick(name, Map.of()).fit(data.train(), Progress.NONE);
        Model c = quick(name, Map.of("seed", "7")).fit(data.train(), Progress.NONE);
        float[] pa = predictions(a);
        assertThat(predictions(b)).containsExactly(pa);
        assertThat(predictions(c)).isNotEqualTo(pa);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyHyperParameterMatters(String name) {
        AlgorithmSpec spec = REGISTRY.spec(name);
        float[] base = predictions(quick(name, Map.of()).fit(data.train(), Progress.NONE));
        for (ParamSpec p : spec.params()) {
            if (p.name().equals("factors")) {
                continue;
            }
            String changed = switch (p.type()) {
                case "int" -> Integer.toString(Integer.parseInt(p.defaultValue()) / 2 + 1);
                case "double" -> Double.toString(Double.parseDouble(p.defaultValue()) / 2);
                case "boolean" -> Boolean.toString(!Boolean.parseBoolean(p.defaultValue()));
                default -> throw new AssertionError(p.type());
            };
            float[] other = predictions(quick(name, Map.of(p.name(), changed)).fit(data.train(), Progress.NONE));
            assertThat(other).as("%s with %s=%s", name, p.name(), changed).isNotEqualTo(base);
        }
        float[] fewer = predictions(quick(name, Map.of("factors", "4")).fit(data.train(), Progress.NONE));
        assertThat(fewer).isNotEqualTo(base);
    }

    @ParameterizedTest
    @MethodSource("names")
    void savedAndLoadedModelPredictsTheSame(String name, @TempDir Path dir) throws Exception {
        Algorithm algorithm = quick(name, Map.of());
        RatingMatrix train = data.train();
        Model model = algorithm.fit(train, Progress.NONE);
        Path file = dir.resolve(name + ".model");
        ModelFile.save(file, algorithm, model, train.users(), train.items(), train.scale());
        ModelFile.Loaded loaded = ModelFile.load(file, REGISTRY);
        assertThat(loaded.algorithm()).isEqualTo(name);
        assertThat(predictions(loaded.model())).containsExactly(predictions(model));
        Profile visitor = Profile.anonymous(new int[] {3, 1, 40}, new float[] {5, 2, 4});
        for (int item = 0; item < train.itemCount(); item += 17) {
            assertThat(loaded.model().predict(visitor, item)).isEqualTo(model.predict(visitor, item));
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void foldingInATrainingUsersRatingsGivesCloseToTheLearnedPredictions(String name) {
        Model model = quick(name, Map.of()).fit(data.train(), Progress.NONE);
        double sum = 0;
        int n = 0;
        double spread = 0;
        double mean = data.train().globalMean();
        for (int u = 0; u < data.train().userCount(); u += 5) {
            Profile learned = data.train().profile(u);
            Profile folded = learned.detached();
            for (int item = 0; item < data.train().itemCount(); item += 7) {
                double a = model.predict(learned, item);
                double b = model.predict(folded, item);
                sum += (a - b) * (a - b);
                spread += (a - mean) * (a - mean);
                n++;
            }
        }
        assertThat(Math.sqrt(sum / n)).as("RMS difference of learned and folded-in predictions")
                .isLessThan(0.35 * Math.sqrt(spread / n));
    }

    @ParameterizedTest
    @MethodSource("names")
    void answersAnyProfileWithinTheScale(String name) {
        Model model = quick(name, Map.of()).fit(data.train(), Progress.NONE);
        Profile empty = Profile.empty();
        Profile extreme = Profile.anonymous(new int[] {0, 1, 2, 3}, new float[] {5, 5, 5, 5});
        for (int item = 0; item < model.itemCount(); item++) {
            for (Profile p : new Profile[] {empty, extreme, data.train().profile(item % 50)}) {
                assertThat(model.predict(p, item)).isBetween(1.0, 5.0);
            }
        }
        assertThat(model.predict(extreme, -1)).isNaN();
        assertThat(model.predict(extreme, model.itemCount())).isNaN();
        assertThat(model.predict(extreme, 10)).isGreaterThan(model.predict(empty, 10));
    }

    @ParameterizedTest
    @MethodSource("names")
    void batchScoresEqualSinglePredictions(String name) {
        Model model = quick(name, Map.of()).fit(data.train(), Progress.NONE);
        Profile p = Profile.anonymous(new int[] {5, 9, 30}, new float[] {1, 4, 5});
        int[] items = {0, 4, 77, model.itemCount(), 12};
        float[] out = new float[items.length];
        model.score(p, items, out);
        for (int j = 0; j < items.length; j++) {
            assertThat(Float.compare(out[j], (float) model.predict(p, items[j]))).as("item %d", items[j]).isZero();
        }
        assertThat(out[3]).isNaN();
    }

    @ParameterizedTest
    @MethodSource("names")
    void explainsByRatedItems(String name) {
        Model model = quick(name, Map.of()).fit(data.train(), Progress.NONE);
        Profile p = data.train().profile(3).detached();
        Explanation e = model.explain(p, 11);
        assertThat(e.kind()).isEqualTo("factors");
        assertThat(e.reasons()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        double previous = Double.POSITIVE_INFINITY;
        for (Explanation.Reason r : e.reasons()) {
            assertThat(p.contains(r.item())).isTrue();
            assertThat(r.weight()).isPositive().isLessThanOrEqualTo(previous);
            previous = r.weight();
        }
        assertThat(model.explain(Profile.empty(), 11).reasons()).isEmpty();
    }

    @Test
    void refusesBadParameters() {
        assertThatThrownBy(() -> REGISTRY.parse("svd:factors=0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("factors").hasMessageContaining("svd");
        assertThatThrownBy(() -> REGISTRY.parse("svdpp:decay=1.5")).hasMessageContaining("decay");
        assertThatThrownBy(() -> REGISTRY.parse("als:reg=-1")).hasMessageContaining("reg");
        assertThatThrownBy(() -> REGISTRY.parse("nmf:init-high=0")).hasMessageContaining("init-high");
    }

    @Test
    void unbiasedNmfPredictsTheBottomOfTheScaleForAnEmptyProfile() {
        NmfAlgorithm plain = new NmfAlgorithm(6, 20, 0.06, false, 0.005, 0.02, 1.0, 1);
        FactorModel m = plain.fit(data.train(), Progress.NONE);
        for (int item = 0; item < m.itemCount(); item++) {
            assertThat(m.predict(Profile.empty(), item)).as("no bias, no factors: bottom of the scale").isEqualTo(1.0);
        }
    }

    private static float[] predictions(Model model) {
        RatingMatrix test = data.test();
        float[] out = new float[test.size()];
        int[] ptr = test.userPointers();
        for (int u = 0; u < test.userCount(); u++) {
            Profile p = data.train().profile(u);
            for (int k = ptr[u]; k < ptr[u + 1]; k++) {
                out[k] = (float) model.predict(p, test.userItems()[k]);
            }
        }
        return out;
    }
}
