package org.movierec.core.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.algo.Task;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;
import org.movierec.core.util.TopK;

/**
 * Evaluates algorithms (configurations, never trained models) under one {@link Protocol}: for each
 * fold of the splitter it fits every algorithm on the fold's training ratings and measures the
 * model on the fold's test ratings, then summarises each metric over folds (mean ± std).
 *
 * <p>Rating task: every test rating is predicted from the user's training profile (the profile
 * carries the user's training index), all of a user's test items in one {@link Model#score} batch
 * (for rating models the model contract makes a score equal to {@link Model#predict}); metrics rmse,
 * mae, coverage (see {@link RatingErrors}).
 *
 * <p>Ranking task: every user with at least one relevant test item (a test rating, at or above the
 * relevance threshold when there is one) gets a top-k list among all items the user did not rate in
 * training (full catalogue, no sampled negatives), or among the items without training ratings for an
 * item cold-start split ({@link Splitter#rankNewItemsOnly()}); users without relevant test items are skipped.
 * Metrics: the per-user {@link AccuracyMetric}s averaged over those users, then catalogue coverage,
 * novelty, intra-list diversity (when genres are given) and personalisation over their lists.
 *
 * <p>Both tasks report fitSeconds (wall time of fit) and predictSeconds (wall time to predict the
 * whole test fold, or to recommend for every evaluated user). Users are scored in parallel on all
 * cores; results are stored per user and summed in a fixed order, so they are deterministic.
 */
public final class Evaluator {
    private final Protocol protocol;
    private final DiversityMetric diversity;
    private final ItemFeatures features;

    /**
     * @param protocol the task, k, relevance threshold and seed
     * @param diversity the diversity metric over the data's genres, or null to leave diversity out
     */
    public Evaluator(Protocol protocol, DiversityMetric diversity) {
        this(protocol, diversity, null);
    }

    /**
     * @param protocol the task, k, relevance threshold and seed
     * @param diversity the diversity metric over the data's genres, or null to leave diversity out
     * @param features the data's item features, bound to every algorithm before it is fitted
     *     ({@link Algorithm#withItemFeatures}); null to fit algorithms as given
     */
    public Evaluator(Protocol protocol, DiversityMetric diversity, ItemFeatures features) {
        this.protocol = protocol;
        this.diversity = diversity;
        this.features = features;
    }

    public Protocol protocol() {
        return protocol;
    }

    /** The keys of the metrics measured for a task (diversity only when genres are given). */
    public static List<String> metricKeys(Task task) {
        List<String> keys = new ArrayList<>();
        if (task == Task.RATING) {
            keys.addAll(List.of("rmse", "mae", "coverage"));
        } else {
            for (AccuracyMetric m : AccuracyMetric.values()) {
                keys.add(m.key());
            }
            keys.addAll(List.of("coverage", "novelty", "diversity", "personalization"));
        }
        keys.addAll(List.of("predictSeconds", "fitSeconds"));
        return keys;
    }

    /**
     * Evaluates the algorithms on every fold of the split of the data. Refusals ({@link Algorithm#refusal})
     * are found before anything is fitted and stop the run; an algorithm that fails while fitting or
     * measuring (e.g. out of memory) is reported in {@link EvaluationReport#failures()}, and the others'
     * results are kept.
     *
     * @throws IllegalArgumentException naming every algorithm that would refuse the data, before any fit
     */
    public EvaluationReport evaluate(RatingMatrix data, Splitter splitter, List<Algorithm> algorithms, Progress progress)
            throws IOException {
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("no algorithms to evaluate");
        }
        checkFits(algorithms, data);
        List<FoldMask> folds = splitter.split(data);
        List<Map<String, double[]>> values = new ArrayList<>();
        for (int a = 0; a < algorithms.size(); a++) {
            values.add(new LinkedHashMap<>());
        }
        Map<Integer, String> failed = new LinkedHashMap<>();
        progress.start("evaluating " + algorithms.size() + (algorithms.size() == 1 ? " algorithm" : " algorithms")
                + " on " + folds.size() + (folds.size() == 1 ? " fold" : " folds"), (long) folds.size() * algorithms.size());
        for (int f = 0; f < folds.size(); f++) {
            FoldMask fold = folds.get(f);
            RatingMatrix train = fold.trainOf(data);
            RatingMatrix test = fold.testOf(data);
            if (test.size() == 0) {
                throw new IllegalArgumentException("fold " + (f + 1) + " of " + splitter.describe() + " has no test ratings");
            }
            for (int a = 0; a < algorithms.size(); a++) {
                if (!failed.containsKey(a)) {
                    try {
                        Map<String, Double> measured = evaluateFold(algorithms.get(a), train, test, splitter.rankNewItemsOnly());
                        for (Map.Entry<String, Double> m : measured.entrySet()) {
                            values.get(a).computeIfAbsent(m.getKey(), key -> new double[folds.size()])[f] = m.getValue();
                        }
                    } catch (RuntimeException | OutOfMemoryError e) {
                        values.set(a, null);
                        failed.put(a, "fold " + (f + 1) + ": " + (e.getMessage() != null ? e.getMessage() : e.toString()));
                    }
                }
                progress.step(1);
            }
        }
        progress.done();
        List<AlgorithmResult> results = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (int a = 0; a < algorithms.size(); a++) {
            if (failed.containsKey(a)) {
                failures.put(algorithms.get(a).name(), failed.get(a));
                continue;
            }
            Map<String, MetricSummary> metrics = new LinkedHashMap<>();
            values.get(a).forEach((key, perFold) -> metrics.put(key, MetricSummary.of(perFold)));
            results.add(new AlgorithmResult(algorithms.get(a).name(), algorithms.get(a).params(), metrics));
        }
        return new EvaluationReport(protocol, results, failures);
    }

    /**
     * Refuses, before any fitting, a list in which an algorithm would refuse the data ({@link Algorithm#refusal}).
     *
     * @throws IllegalArgumentException naming each such algorithm and its reason
     */
    public static void checkFits(List<Algorithm> algorithms, RatingMatrix data) {
        List<String> refusals = new ArrayList<>();
        for (Algorithm algorithm : algorithms) {
            algorithm.refusal(data).ifPresent(refusals::add);
        }
        if (!refusals.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", refusals) + " (nothing was fitted)");
        }
    }

    /** Fits the algorithm on train and measures it on test (same index space); metrics in report order. */
    public Map<String, Double> evaluateFold(Algorithm algorithm, RatingMatrix train, RatingMatrix test) {
        return evaluateFold(algorithm, train, test, false);
    }

    /**
     * As {@link #evaluateFold(Algorithm, RatingMatrix, RatingMatrix)}; with newItemsOnly, ranking lists
     * are drawn from the items without training ratings only (see {@link Splitter#rankNewItemsOnly()}),
     * ties broken at random (seeded).
     */
    public Map<String, Double> evaluateFold(Algorithm algorithm, RatingMatrix train, RatingMatrix test, boolean newItemsOnly) {
        return evaluateFold(algorithm, train, test, java.util.EnumSet.of(protocol.task()), newItemsOnly).get(protocol.task());
    }

    /**
     * Fits the algorithm once on train and measures that one model on test for each of the tasks: rating
     * errors for {@link Task#RATING}, the ranking metrics of this protocol's k and relevance threshold for
     * {@link Task#RANKING}. Each task's metrics are in report order, with the one fit's {@code fitSeconds} last.
     */
    public Map<Task, Map<String, Double>> evaluateFold(Algorithm algorithm, RatingMatrix train, RatingMatrix test, java.util.Set<Task> tasks) {
        return evaluateFold(algorithm, train, test, tasks, false);
    }

    private Map<Task, Map<String, Double>> evaluateFold(Algorithm algorithm, RatingMatrix train, RatingMatrix test,
            java.util.Set<Task> tasks, boolean newItemsOnly) {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("no task to evaluate");
        }
        Algorithm bound = features == null ? algorithm : algorithm.withItemFeatures(features);
        long start = System.nanoTime();
        Model model = bound.fit(train, Progress.NONE);
        double fitSeconds = (System.nanoTime() - start) / 1e9;
        Map<Task, Map<String, Double>> out = new java.util.EnumMap<>(Task.class);
        for (Task task : java.util.EnumSet.copyOf(tasks)) {
            Map<String, Double> metrics = task == Task.RATING ? measureRatings(model, train, test)
                    : measureRanking(model, train, test, newItemsOnly);
            metrics.put("fitSeconds", fitSeconds);
            out.put(task, metrics);
        }
        return out;
    }

    private Map<String, Double> measureRatings(Model model, RatingMatrix train, RatingMatrix test) {
        int[] ptr = test.userPointers();
        int[] items = test.userItems();
        double[] predicted = new double[test.size()];
        long start = System.nanoTime();
        IntStream.range(0, test.userCount()).parallel().forEach(u -> {
            if (ptr[u + 1] == ptr[u]) {
                return;
            }
            Profile profile = train.profile(u);
            int[] batch = Arrays.copyOfRange(items, ptr[u], ptr[u + 1]);
            float[] scores = new float[batch.length];
            model.score(profile, batch, scores);
            for (int j = 0; j < batch.length; j++) {
                predicted[ptr[u] + j] = scores[j];
            }
        });
        double predictSeconds = (System.nanoTime() - start) / 1e9;
        double fallback = train.size() == 0 ? Double.NaN : train.globalMean();
        RatingErrors errors = RatingErrors.of(test.userValues(), predicted, fallback);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("rmse", errors.rmse());
        out.put("mae", errors.mae());
        out.put("coverage", errors.coverage());
        out.put("predictSeconds", predictSeconds);
        return out;
    }

    private Map<String, Double> measureRanking(Model model, RatingMatrix train, RatingMatrix test, boolean newItemsOnly) {
        int[][] relevant = relevantItems(test, protocol.relevanceThreshold());
        int[] users = IntStream.range(0, relevant.length).filter(u -> relevant[u].length > 0).toArray();
        if (users.length == 0) {
            throw new IllegalArgumentException("no test user has a relevant item"
                    + (protocol.hasRelevanceThreshold() ? " rated at least " + protocol.relevanceThreshold() : ""));
        }
        int k = protocol.k();
        int[][] lists = new int[users.length][];
        long start = System.nanoTime();
        int[] newItems = newItemsOnly ? IntStream.range(0, train.itemCount()).filter(i -> train.itemRatingCount(i) == 0).toArray()
                : null;
        IntStream.range(0, users.length).parallel().forEach(j -> {
            Profile profile = train.profile(users[j]);
            int[] seen = profile.items();
            IntPredicate unseen = item -> Arrays.binarySearch(seen, item) < 0;
            List<ScoredItem> top = newItemsOnly ? rankWithRandomTies(model, profile, newItems, k, users[j])
                    : model.recommend(profile, k, unseen);
            int[] list = new int[Math.min(k, top.size())];
            for (int r = 0; r < list.length; r++) {
                list[r] = top.get(r).item();
            }
            lists[j] = list;
        });
        double predictSeconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> out = new LinkedHashMap<>();
        for (AccuracyMetric metric : AccuracyMetric.values()) {
            double sum = 0;
            for (int j = 0; j < users.length; j++) {
                sum += metric.measure(lists[j], k, relevant[users[j]]);
            }
            out.put(metric.key(), sum / users.length);
        }
        List<ListMetric> listMetrics = new ArrayList<>();
        listMetrics.add(new CatalogCoverageMetric(train.itemCount()));
        listMetrics.add(NoveltyMetric.of(train));
        if (diversity != null) {
            listMetrics.add(diversity);
        }
        listMetrics.add(new PersonalizationMetric(protocol.seed(), PersonalizationMetric.DEFAULT_MAX_PAIRS));
        for (ListMetric metric : listMetrics) {
            out.put(metric.key(), metric.measure(lists));
        }
        out.put("predictSeconds", predictSeconds);
        return out;
    }

    /**
     * The k best of the items for the profile, ties broken in a random order seeded by the protocol's
     * seed and the user. Used for new items: a model that cannot tell them apart (all scores equal)
     * must not profit from the order of item indices, which follows first appearance in the rating
     * file and so correlates with popularity.
     */
    private List<ScoredItem> rankWithRandomTies(Model model, Profile profile, int[] items, int k, int user) {
        int[] shuffled = items.clone();
        Shuffle.shuffle(shuffled, 0, shuffled.length, new SplittableRandom(protocol.seed() * 1_000_003L + user));
        float[] scores = new float[shuffled.length];
        model.score(profile, shuffled, scores);
        int[] positions = IntStream.range(0, shuffled.length).toArray();
        List<ScoredItem> top = new ArrayList<>();
        for (ScoredItem s : TopK.select(positions, scores, k)) {
            top.add(new ScoredItem(shuffled[s.item()], s.score()));
        }
        return top;
    }

    /** Each user's relevant test items (ascending), rated at least the threshold unless it is NaN. */
    static int[][] relevantItems(RatingMatrix test, double threshold) {
        int[] ptr = test.userPointers();
        int[] items = test.userItems();
        float[] values = test.userValues();
        int[][] out = new int[test.userCount()][];
        for (int u = 0; u < out.length; u++) {
            int[] keep = new int[ptr[u + 1] - ptr[u]];
            int n = 0;
            for (int k = ptr[u]; k < ptr[u + 1]; k++) {
                if (Double.isNaN(threshold) || values[k] >= threshold) {
                    keep[n++] = items[k];
                }
            }
            out[u] = n == keep.length ? keep : Arrays.copyOf(keep, n);
        }
        return out;
    }
}
