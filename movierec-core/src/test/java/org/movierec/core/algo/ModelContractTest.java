package org.movierec.core.algo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * The contract every algorithm's model keeps, run by each algorithm's test class extending this one:
 * registration and parameters, unknown items, empty and anonymous profiles, top-N bounds and filters,
 * batch scoring equal to one-by-one scoring, save then load giving identical scores, determinism,
 * predictions within the rating scale (rating models), and every hyper-parameter having an effect.
 * The data is {@link ContractData#small()} unless a subclass overrides {@link #trainingData()}.
 */
public abstract class ModelContractTest {
    @TempDir
    protected Path tempDir;

    protected RatingMatrix train;
    protected Model model;

    /** The algorithm under test (defaults, or small settings that keep the test fast). */
    protected abstract Algorithm algorithm();

    /**
     * For every parameter of the algorithm, another value that must change the scores on the
     * training data (the "every hyper-parameter matters" check).
     */
    protected abstract Map<String, String> alternativeParams();

    /** Parameters that cannot change scores (e.g. a thread count), excused from that check. */
    protected Set<String> paramsWithoutEffect() {
        return Set.of();
    }

    protected RatingMatrix trainingData() {
        return ContractData.small();
    }

    /** The item features bound to every algorithm before fitting (content-based algorithms need them). */
    protected ItemFeatures itemFeatures() {
        return ItemFeatures.empty();
    }

    /** An item index in the training index with no rating. */
    protected int unratedItem() {
        return ContractData.UNRATED_ITEM;
    }

    @BeforeEach
    void fitModel() {
        train = trainingData();
        model = algorithm().withItemFeatures(itemFeatures()).fit(train, Progress.NONE);
    }

    private AlgorithmSpec spec() {
        return AlgorithmRegistry.standard().spec(algorithm().name());
    }

    private boolean ratingModel() {
        return spec().tasks().contains(Task.RATING);
    }

    /** Scores of all items for the profile, as one batch. */
    protected static float[] allScores(Model m, Profile profile) {
        int[] items = new int[m.itemCount()];
        Arrays.setAll(items, i -> i);
        float[] out = new float[items.length];
        m.score(profile, items, out);
        return out;
    }

    /** A few profiles: training users, an empty one, a new visitor with some of a user's ratings. */
    protected List<Profile> sampleProfiles() {
        Profile first = train.profile(0);
        int half = first.size() / 2;
        Profile visitor = new Profile(-1, Arrays.copyOf(first.items(), half), Arrays.copyOf(first.values(), half));
        return List.of(train.profile(0), train.profile(7), train.profile(train.userCount() / 2), visitor,
                first.detached(), Profile.empty());
    }

    @Test
    void isRegisteredAndReportsItsParameters() {
        AlgorithmSpec spec = spec();
        Algorithm byDefault = spec.create(Map.of());
        assertThat(byDefault.name()).isEqualTo(algorithm().name());
        Set<String> declared = new HashSet<>();
        spec.params().forEach(p -> declared.add(p.name()));
        assertThat(byDefault.params().keySet()).containsExactlyInAnyOrderElementsOf(declared);
        for (ParamSpec p : spec.params()) {
            assertThat(p.description()).as("description of " + p.name()).isNotBlank();
            assertThat(String.valueOf(byDefault.params().get(p.name()))).as("default of " + p.name())
                    .isEqualTo(canonical(spec, p.name(), p.defaultValue()));
        }
    }

    /** A parameter value as the algorithm reports it after parsing (so "5" and 5.0 compare equal). */
    private static String canonical(AlgorithmSpec spec, String name, String value) {
        return String.valueOf(spec.create(Map.of(name, value)).params().get(name));
    }

    @Test
    void coversTheTrainingItems() {
        assertThat(model.itemCount()).isEqualTo(train.itemCount());
    }

    @Test
    void unknownItemGetsNaNOrAPredictionWithinTheScale() {
        for (Profile profile : sampleProfiles()) {
            double p = model.predict(profile, unratedItem());
            if (!Double.isNaN(p)) {
                assertThat(p).isFinite();
                if (ratingModel()) {
                    assertThat(p).isBetween((double) train.scale().min(), (double) train.scale().max());
                }
            }
        }
    }

    @Test
    void emptyProfileIsAnswered() {
        Profile empty = Profile.empty();
        List<ScoredItem> top = model.recommend(empty, 5, i -> true);
        assertThat(top.size()).isLessThanOrEqualTo(5);
        for (float s : allScores(model, empty)) {
            assertThat(Float.isNaN(s) || Float.isFinite(s)).isTrue();
        }
    }

    @Test
    void recommendingMoreThanTheCatalogueGivesEachItemAtMostOnceBestFirst() {
        List<ScoredItem> top = model.recommend(train.profile(3), model.itemCount() + 10, i -> true);
        assertThat(top.size()).isLessThanOrEqualTo(model.itemCount()).isPositive();
        assertThat(top.stream().map(ScoredItem::item).distinct().count()).isEqualTo(top.size());
        for (int k = 1; k < top.size(); k++) {
            assertThat(top.get(k).score()).isLessThanOrEqualTo(top.get(k - 1).score());
        }
    }

    @Test
    void candidateFilterIsRespected() {
        Profile profile = train.profile(5);
        List<ScoredItem> top = model.recommend(profile, 10, i -> i % 2 == 1 && !profile.contains(i));
        assertThat(top).isNotEmpty();
        for (ScoredItem s : top) {
            assertThat(s.item() % 2).isEqualTo(1);
            assertThat(profile.contains(s.item())).isFalse();
        }
    }

    @Test
    void batchScoresEqualOneByOne() {
        for (Profile profile : sampleProfiles()) {
            float[] batch = allScores(model, profile);
            float[] one = new float[1];
            for (int item = 0; item < model.itemCount(); item++) {
                model.score(profile, new int[] {item}, one);
                assertThat(Float.valueOf(one[0])).as("item %d (NaN equals NaN)", item).isEqualTo(Float.valueOf(batch[item]));
                if (ratingModel()) {
                    assertThat((float) model.predict(profile, item)).as("predict item %d", item).isEqualTo(batch[item]);
                }
            }
        }
    }

    @Test
    void scoresOfAPermutedBatchArePermuted() {
        Profile profile = train.profile(11);
        float[] batch = allScores(model, profile);
        int[] reversed = new int[model.itemCount()];
        Arrays.setAll(reversed, k -> reversed.length - 1 - k);
        float[] out = new float[reversed.length];
        model.score(profile, reversed, out);
        for (int k = 0; k < reversed.length; k++) {
            assertThat(Float.valueOf(out[k])).isEqualTo(Float.valueOf(batch[reversed[k]]));
        }
    }

    /** Every score is finite or NaN (not scored); a rating model's scores lie within the rating scale. */
    @Test
    void scoresAreFiniteAndRatingPredictionsStayWithinTheScale() {
        List<Profile> profiles = new ArrayList<>(sampleProfiles());
        for (int u = 0; u < train.userCount(); u++) {
            profiles.add(train.profile(u));
        }
        for (Profile profile : profiles) {
            for (float s : allScores(model, profile)) {
                if (Float.isNaN(s)) {
                    continue;
                }
                assertThat(s).isFinite();
                if (ratingModel()) {
                    assertThat(s).isBetween(train.scale().min(), train.scale().max());
                }
            }
        }
    }

    @Test
    void trainingUsersGetFiniteScoresForEveryRatedItem() {
        for (int u = 0; u < 10; u++) {
            Profile profile = train.profile(u);
            float[] scores = allScores(model, profile);
            for (int item : profile.items()) {
                assertThat(scores[item]).as("user %d, rated item %d", u, item).isFinite();
            }
        }
    }

    /** {@code recommend} returns the best scores of {@code score}, best first. */
    @Test
    void recommendationsAreTheBestScores() {
        for (Profile profile : sampleProfiles()) {
            float[] scores = allScores(model, profile);
            List<ScoredItem> top = model.recommend(profile, 10, i -> !profile.contains(i));
            float[] best = new float[scores.length];
            int n = 0;
            for (int item = 0; item < scores.length; item++) {
                if (!profile.contains(item) && !Float.isNaN(scores[item])) {
                    best[n++] = scores[item];
                }
            }
            best = Arrays.copyOf(best, n);
            Arrays.sort(best);
            assertThat(top).hasSize(Math.min(10, n));
            for (int k = 0; k < top.size(); k++) {
                assertThat((float) top.get(k).score()).as("rank %d", k).isEqualTo(best[n - 1 - k]);
                assertThat((double) scores[top.get(k).item()]).isEqualTo(top.get(k).score());
            }
        }
    }

    @Test
    void explainsAScore() {
        Profile profile = train.profile(2);
        Explanation explanation = model.explain(profile, 4);
        assertThat(explanation).isNotNull();
        assertThat(explanation.kind()).isNotBlank();
        assertThat(model.explain(Profile.empty(), 4)).isNotNull();
    }

    @Test
    void explainsSeveralItemsAsItExplainsEachOne() {
        Profile profile = train.profile(2);
        int[] items = {4, 0, unratedItem(), 1};
        List<Explanation> together = model.explain(profile, items);
        assertThat(together).hasSize(items.length);
        for (int k = 0; k < items.length; k++) {
            assertThat(together.get(k)).as("item %d", items[k]).isEqualTo(model.explain(profile, items[k]));
        }
    }

    @Test
    void recommendsWithExplanationsAsRecommendThenExplain() {
        for (Profile profile : List.of(train.profile(2).detached(), Profile.empty())) {
            IntPredicate candidate = i -> i % 3 != 0 && !profile.contains(i);
            List<ScoredItem> top = model.recommend(profile, 5, candidate);
            List<Explanation> why = model.explain(profile, top.stream().mapToInt(ScoredItem::item).toArray());
            List<ExplainedItem> together = model.recommendExplained(profile, 5, candidate);
            assertThat(together).hasSize(top.size());
            for (int r = 0; r < top.size(); r++) {
                assertThat(together.get(r)).isEqualTo(new ExplainedItem(top.get(r).item(), top.get(r).score(), why.get(r)));
            }
        }
    }

    @Test
    void savedAndLoadedModelGivesIdenticalScores() throws IOException {
        Path file = tempDir.resolve("model.bin");
        ModelFile.save(file, algorithm(), model, train.users(), train.items(), train.scale());
        ModelFile.Loaded loaded = ModelFile.load(file, AlgorithmRegistry.standard());
        assertThat(loaded.algorithm()).isEqualTo(algorithm().name());
        assertThat(loaded.model().itemCount()).isEqualTo(model.itemCount());
        for (Profile profile : sampleProfiles()) {
            assertThat(allScores(loaded.model(), profile)).containsExactly(allScores(model, profile));
            assertThat(Double.valueOf(loaded.model().predict(profile, 1))).isEqualTo(Double.valueOf(model.predict(profile, 1)));
        }
    }

    @Test
    void sameParametersAndDataGiveTheSameModel() {
        Model again = algorithm().withItemFeatures(itemFeatures()).fit(train, Progress.NONE);
        for (Profile profile : sampleProfiles()) {
            assertThat(allScores(again, profile)).containsExactly(allScores(model, profile));
        }
    }

    @Test
    void everyHyperParameterChangesTheScores() {
        AlgorithmSpec spec = spec();
        Map<String, String> alternatives = alternativeParams();
        Map<String, String> base = new HashMap<>();
        algorithm().params().forEach((k, v) -> base.put(k, String.valueOf(v)));
        for (ParamSpec p : spec.params()) {
            if (paramsWithoutEffect().contains(p.name())) {
                continue;
            }
            assertThat(alternatives).as("alternative value for parameter " + p.name()).containsKey(p.name());
            Map<String, String> changed = new HashMap<>(base);
            changed.put(p.name(), alternatives.get(p.name()));
            Model other = spec.create(changed).withItemFeatures(itemFeatures()).fit(train, Progress.NONE);
            boolean differs = false;
            for (Profile profile : sampleProfiles()) {
                if (!Arrays.equals(allScores(other, profile), allScores(model, profile))) {
                    differs = true;
                    break;
                }
            }
            assertThat(differs).as("changing " + p.name() + " to " + alternatives.get(p.name()) + " changes scores").isTrue();
        }
    }
}
