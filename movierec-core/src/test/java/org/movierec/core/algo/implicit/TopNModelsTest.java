package org.movierec.core.algo.implicit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.algo.Task;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/** What every top-N algorithm must do, checked on a small structured data set. */
class TopNModelsTest {
    private static final RatingMatrix DATA = TinyData.groups(80, 40, 5);
    /** Small settings so that the whole suite stays fast. */
    private static final Map<String, Map<String, String>> FAST = Map.of(
            "ials", Map.of("factors", "8", "iterations", "10", "regularization", "1"),
            "bpr", Map.of("factors", "8", "iterations", "50", "learning-rate", "0.05"),
            "ease", Map.of("lambda", "10"),
            "slim", Map.of("l2", "5", "min-support", "1"),
            "itemknn-implicit", Map.of("neighbours", "20"));

    static Stream<AlgorithmSpec> specs() {
        return TopNAlgorithms.specs().stream();
    }

    private static Algorithm create(AlgorithmSpec spec, Map<String, String> extra) {
        Map<String, String> p = new LinkedHashMap<>(FAST.getOrDefault(spec.name(), Map.of()));
        p.putAll(extra);
        return spec.create(p);
    }

    private static float[] scores(Model model, Profile profile) {
        float[] out = new float[model.itemCount()];
        model.score(profile, IntStream.range(0, model.itemCount()).toArray(), out);
        return out;
    }

    @ParameterizedTest
    @MethodSource("specs")
    void ranksWithoutPredictingRatingsAndExplains(AlgorithmSpec spec) {
        assertThat(spec.tasks()).containsExactly(Task.RANKING);
        Model model = create(spec, Map.of()).fit(DATA, Progress.NONE);
        Profile profile = DATA.profile(3);
        assertThat(model.predict(profile, 0)).isNaN();
        List<ScoredItem> top = model.recommend(profile, 5, item -> !profile.contains(item));
        assertThat(top).hasSize(5).allSatisfy(s -> assertThat(profile.contains(s.item())).isFalse());
        Explanation why = model.explain(profile, top.get(0).item());
        assertThat(why.kind()).isEqualTo(spec.name().equals("popular") ? "popularity"
                : spec.name().equals("ials") || spec.name().equals("bpr") ? "factors" : "neighbours");
        assertThat(why.reasons()).isNotEmpty();
        if (!spec.name().equals("popular")) {
            assertThat(why.reasons()).allSatisfy(r -> assertThat(profile.contains(r.item())).isTrue());
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void personalisedModelsPreferTheUsersOwnGroup(AlgorithmSpec spec) {
        if (spec.name().equals("popular")) {
            return;
        }
        Model model = create(spec, Map.of()).fit(DATA, Progress.NONE);
        int own = 0;
        int total = 0;
        for (int u = 0; u < 8; u++) {
            Profile p = DATA.profile(u);
            for (ScoredItem s : model.recommend(p, 3, item -> !p.contains(item))) {
                total++;
                own += s.item() % 4 == u % 4 ? 1 : 0;
            }
        }
        assertThat(own).as("recommendations from the user's own group").isGreaterThanOrEqualTo(total * 2 / 3);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void savedModelGivesIdenticalScores(AlgorithmSpec spec) throws IOException {
        Model model = create(spec, Map.of()).fit(DATA, Progress.NONE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(new DataOutputStream(bytes));
        Model loaded = spec.reader().read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(loaded.itemCount()).isEqualTo(model.itemCount());
        for (Profile p : List.of(DATA.profile(0), DATA.profile(7).detached(), Profile.empty())) {
            assertThat(scores(loaded, p)).containsExactly(scores(model, p));
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void sameParametersGiveTheSameModel(AlgorithmSpec spec) {
        Model a = create(spec, Map.of()).fit(DATA, Progress.NONE);
        Model b = create(spec, Map.of()).fit(DATA, Progress.NONE);
        for (int u = 0; u < 5; u++) {
            assertThat(scores(b, DATA.profile(u))).containsExactly(scores(a, DATA.profile(u)));
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void answersProfilesNotSeenInTraining(AlgorithmSpec spec) {
        Model model = create(spec, Map.of()).fit(DATA, Progress.NONE);
        Profile visitor = Profile.anonymous(new int[] {1, 5, 9, 13, 17}, new float[] {5, 5, 4, 5, 4});
        List<ScoredItem> top = model.recommend(visitor, 4, item -> !visitor.contains(item));
        assertThat(top).hasSize(4);
        if (!spec.name().equals("popular")) {
            assertThat(top.subList(0, 2)).allSatisfy(s -> assertThat(s.item() % 4).as("group of %s", s).isEqualTo(1));
        }
        assertThat(model.recommend(Profile.empty(), 3, item -> true)).hasSizeLessThanOrEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void everyHyperParameterMatters(AlgorithmSpec spec) {
        float[] base = allScores(create(spec, Map.of()).fit(DATA, Progress.NONE));
        for (ParamSpec param : spec.params()) {
            String other = otherValue(spec.name(), param);
            if (spec.name().equals("itemknn-implicit") && param.name().equals("exponent")) {
                continue; // with interpolation weights (the default) a monotone transform keeps the same neighbours
            }
            if (param.name().equals("max-items") && spec.name().equals("itemknn-implicit")) {
                assertThatThrownBy(() -> create(spec, Map.of(param.name(), other)).fit(DATA, Progress.NONE))
                        .isInstanceOf(IllegalArgumentException.class);
                continue;
            }
            Map<String, String> given = param.name().equals("prior") ? Map.of("prior", other, "by", "rating") : Map.of(param.name(), other);
            float[] changedScores = allScores(create(spec, given).fit(DATA, Progress.NONE));
            float[] reference = param.name().equals("prior") ? allScores(create(spec, Map.of("by", "rating")).fit(DATA, Progress.NONE)) : base;
            assertThat(java.util.Arrays.equals(changedScores, reference))
                    .withFailMessage("%s with %s=%s gives the same scores", spec.name(), param.name(), other).isFalse();
        }
    }

    private static float[] allScores(Model model) {
        int n = model.itemCount();
        float[] all = new float[6 * n];
        for (int u = 0; u < 6; u++) {
            System.arraycopy(scores(model, DATA.profile(u).detached()), 0, all, u * n, n);
        }
        return all;
    }

    /** A value different from the default that must change the scores on DATA. */
    private static String otherValue(String algorithm, ParamSpec param) {
        return switch (param.name()) {
            case "threshold" -> "4";
            case "weight" -> param.defaultValue().equals("binary") ? "rating" : "binary";
            case "by" -> "rating";
            case "prior" -> algorithm.equals("popular") ? "1" : "0";
            case "min-support" -> "15";
            case "max-items" -> "39";
            case "scaling" -> param.defaultValue().equals("log") ? "linear" : "log";
            case "seed" -> "7";
            case "neighbours" -> "3";
            case "iterations" -> algorithm.equals("slim") ? "1" : "11";
            default -> param.type().equals("int") ? Integer.toString(Integer.parseInt(param.defaultValue()) + 1)
                    : Double.toString(Double.parseDouble(param.defaultValue()) * 0.5 + 0.1);
        };
    }
}
