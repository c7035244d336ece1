package org.movierec.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Task;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

class EvaluatorTest {
    /** u1: i10=4 i20=2; u2: i10=2 i30=5; u3: i20=4 i30=3; u4: i40=1. */
    private final RatingMatrix data = Fixtures.of(new int[] {1, 10, 4}, new int[] {1, 20, 2}, new int[] {2, 10, 2},
            new int[] {2, 30, 5}, new int[] {3, 20, 4}, new int[] {3, 30, 3}, new int[] {4, 40, 1});

    /** Tests on (u1, i20), (u3, i30) and (u4, i40). */
    private Splitter fixedSplit() {
        return new Splitter() {
            @Override
            public List<FoldMask> split(RatingMatrix d) {
                boolean[] test = new boolean[d.size()];
                test[1] = true;
                test[5] = true;
                test[6] = true;
                return List.of(FoldMask.ofTest(test));
            }

            @Override
            public String describe() {
                return "fixed";
            }
        };
    }

    @Test
    void ratingMetricsByHand() throws IOException {
        Evaluator evaluator = new Evaluator(new Protocol("fixture", "fixed", 1, Task.RATING, 10, Double.NaN), null);
        EvaluationReport report = evaluator.evaluate(data, fixedSplit(), List.of(new ItemMeanAlgorithm(0)), Progress.NONE);
        AlgorithmResult r = report.results().get(0);
        // train: i10 = {4, 2} -> 3, i20 = {4} -> 4, i30 = {5} -> 5, i40 none -> NaN -> global mean 15/4
        // errors: (4 - 2) = 2, (5 - 3) = 2, (3.75 - 1) = 2.75
        assertThat(r.mean("rmse")).isCloseTo(Math.sqrt((4 + 4 + 2.75 * 2.75) / 3), within(1e-6));
        assertThat(r.mean("mae")).isCloseTo((2 + 2 + 2.75) / 3, within(1e-6));
        assertThat(r.mean("coverage")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.metrics().keySet()).containsExactly("rmse", "mae", "coverage", "predictSeconds", "fitSeconds")
                .containsExactlyElementsOf(Evaluator.metricKeys(Task.RATING));
        assertThat(r.algorithm()).isEqualTo("itemmean");
    }

    @Test
    void oneFoldFitOnceMeasuresBothTasksAsTheSingleTaskEvaluations() throws IOException {
        FoldMask fold = fixedSplit().split(data).get(0);
        RatingMatrix train = fold.trainOf(data);
        RatingMatrix test = fold.testOf(data);
        Evaluator evaluator = new Evaluator(new Protocol("fixture", "fixed", 1, Task.RANKING, 2, Double.NaN), null);
        Map<Task, Map<String, Double>> both = evaluator.evaluateFold(new ItemMeanAlgorithm(0), train, test, java.util.EnumSet.allOf(Task.class));
        Map<String, Double> rating = new Evaluator(new Protocol("fixture", "fixed", 1, Task.RATING, 2, Double.NaN), null)
                .evaluateFold(new ItemMeanAlgorithm(0), train, test);
        Map<String, Double> ranking = evaluator.evaluateFold(new ItemMeanAlgorithm(0), train, test);
        for (String key : new String[] {"rmse", "mae", "coverage"}) {
            assertThat(both.get(Task.RATING).get(key)).as(key).isEqualTo(rating.get(key));
        }
        for (String key : Evaluator.metricKeys(Task.RANKING)) {
            if (!key.endsWith("Seconds")) {
                assertThat(both.get(Task.RANKING).get(key)).as(key).isEqualTo(ranking.get(key));
            }
        }
        assertThat(both.get(Task.RATING).get("fitSeconds")).isEqualTo(both.get(Task.RANKING).get("fitSeconds"));
    }

    @Test
    void rankingAmongUnseenItemsWithTiesByItemIndex() throws IOException {
        RatingMatrix d = Fixtures.of(new int[] {1, 10, 5}, new int[] {1, 20, 5}, new int[] {2, 10, 5}, new int[] {2, 30, 5},
                new int[] {3, 20, 5}, new int[] {3, 30, 2}, new int[] {3, 40, 5});
        Splitter split = new Splitter() {
            @Override
            public List<FoldMask> split(RatingMatrix m) {
                boolean[] test = new boolean[m.size()];
                test[1] = true; // u1 i20
                test[5] = true; // u3 i30 (rated 2)
                return List.of(FoldMask.ofTest(test));
            }

            @Override
            public String describe() {
                return "fixed";
            }
        };
        // train item means: i10 = 5, i20 = 5, i30 = 5, i40 = 5: all tied, so lists follow item index.
        Evaluator evaluator = new Evaluator(new Protocol("fixture", "fixed", 1, Task.RANKING, 2, Double.NaN), null);
        AlgorithmResult r = evaluator.evaluate(d, split, List.of(new ItemMeanAlgorithm(0)), Progress.NONE).results().get(0);
        // u1 saw i10 -> list [i20, i30]: hit at 1. u3 saw i20, i40 -> list [i10, i30]: hit at 2.
        assertThat(r.mean("precision")).isCloseTo((0.5 + 0.5) / 2, within(1e-12));
        assertThat(r.mean("mrr")).isCloseTo((1 + 0.5) / 2, within(1e-12));
        assertThat(r.mean("recall")).isEqualTo(1.0);
        assertThat(r.mean("coverage")).isCloseTo(3.0 / 4, within(1e-12));
        assertThat(r.mean("personalization")).isCloseTo(0.5, within(1e-12));
        assertThat(r.metrics().keySet()).containsExactly("precision", "recall", "ndcg", "map", "mrr", "hitRate", "coverage",
                "novelty", "personalization", "predictSeconds", "fitSeconds");

        // With threshold 4, u3's test rating 2 is not relevant: u3 is skipped, u1 alone is measured.
        Evaluator strict = new Evaluator(new Protocol("fixture", "fixed", 1, Task.RANKING, 2, 4), null);
        AlgorithmResult s = strict.evaluate(d, split, List.of(new ItemMeanAlgorithm(0)), Progress.NONE).results().get(0);
        assertThat(s.mean("mrr")).isEqualTo(1.0);
        assertThat(s.mean("ndcg")).isEqualTo(1.0);
        assertThat(s.mean("personalization")).isNaN();
    }

    @Test
    void anAlgorithmFailingMidRunIsReportedAndTheOthersResultsKept() throws IOException {
        Evaluator evaluator = new Evaluator(new Protocol("random", "kfold:2", 3, Task.RANKING, 10, Double.NaN), null);
        Algorithm unboundContent = AlgorithmRegistry.standard().parse("content");
        EvaluationReport report = evaluator.evaluate(Fixtures.random(40, 30, 20, 5), new KFoldSplitter(2, 3),
                List.of(new ItemMeanAlgorithm(0), unboundContent, new ItemMeanAlgorithm(5)), Progress.NONE);
        assertThat(report.results()).extracting(AlgorithmResult::params)
                .containsExactly(Map.of("damping", 0.0), Map.of("damping", 5.0));
        assertThat(report.failures()).containsOnlyKeys("content");
        assertThat(report.failures().get("content")).startsWith("fold 1: ");
    }

    @Test
    void refusalsStopTheRunBeforeAnyFit() {
        Algorithm tooBig = AlgorithmRegistry.standard().parse("itemknn-implicit:interpolation=1,max-items=2");
        Evaluator evaluator = new Evaluator(new Protocol("fixture", "fixed", 1, Task.RANKING, 2, Double.NaN), null);
        assertThatThrownBy(() -> evaluator.evaluate(data, fixedSplit(), List.of(new ItemMeanAlgorithm(0), tooBig), Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Gram matrix of 4 items")
                .hasMessageContaining("nothing was fitted");
    }

    @Test
    void foldsAreSummarisedAndResultsAreDeterministic() throws IOException {
        RatingMatrix big = Fixtures.random(80, 50, 30, 9);
        Evaluator evaluator = new Evaluator(new Protocol("random", "kfold:4", 3, Task.RATING, 10, Double.NaN), null);
        List<Algorithm> algorithms = List.of(new ItemMeanAlgorithm(0), new ItemMeanAlgorithm(5));
        List<String> steps = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void start(String task, long total) {
                steps.add(task + "/" + total);
            }

            @Override
            public void step(long amount) {
                steps.add("+" + amount);
            }

            @Override
            public void done() {
                steps.add("done");
            }
        };
        EvaluationReport a = evaluator.evaluate(big, new KFoldSplitter(4, 3), algorithms, progress);
        EvaluationReport b = evaluator.evaluate(big, new KFoldSplitter(4, 3), algorithms, Progress.NONE);
        assertThat(steps).hasSize(10).startsWith("evaluating 2 algorithms on 4 folds/8").endsWith("done");
        for (int j = 0; j < 2; j++) {
            MetricSummary rmse = a.results().get(j).metrics().get("rmse");
            assertThat(rmse.folds()).hasSize(4).isEqualTo(b.results().get(j).metrics().get("rmse").folds());
            double mean = 0;
            for (double v : rmse.folds()) {
                mean += v / 4;
            }
            assertThat(rmse.mean()).isCloseTo(mean, within(1e-12));
            assertThat(rmse.std()).isPositive();
        }
        assertThat(a.results().get(1).mean("coverage")).isEqualTo(1.0);
        assertThat(a.results().get(1).params()).isEqualTo(Map.of("damping", 5.0));
    }

    @Test
    void evaluatesRealMl100kCanonicalFolds() throws IOException {
        var dir = Fixtures.ml100k();
        RatingMatrix all = Fixtures.readUData(dir);
        Evaluator evaluator = new Evaluator(new Protocol("ml-100k", "ml100k-u", 42, Task.RATING, 10, Double.NaN), null);
        AlgorithmResult r = evaluator.evaluate(all, SplitSpec.parse("ml100k-u").splitter(42, dir),
                List.of(new ItemMeanAlgorithm(5)), Progress.NONE).results().get(0);
        // A damped item mean sits between the global mean (about 1.15) and the bias baseline (about 0.95).
        assertThat(r.mean("rmse")).isBetween(0.97, 1.06);
        assertThat(r.metrics().get("rmse").folds()).hasSize(5);
    }

    @Test
    void mostPopularOnTheMicrosoftRecommendersProtocolMatchesTheirFigure() throws IOException {
        RatingMatrix all = Fixtures.readUData(Fixtures.ml100k());
        Evaluator evaluator = new Evaluator(new Protocol("ml-100k", "user-holdout:0.25", 42, Task.RANKING, 10, Double.NaN), null);
        AlgorithmResult r = evaluator.evaluate(all, new UserHoldoutSplitter(0.25, 42), List.of(new PopularityTestAlgorithm()),
                Progress.NONE).results().get(0);
        // Microsoft Recommenders report most-popular at nDCG@10 0.256, P@10 0.229 (another shuffle of the same protocol).
        assertThat(r.mean("ndcg")).isBetween(0.24, 0.27);
        assertThat(r.mean("precision")).isBetween(0.215, 0.245);
        assertThat(r.mean("hitRate")).isGreaterThan(r.mean("precision"));
        assertThat(r.mean("personalization")).isBetween(0.0, 1.0);
        assertThat(r.mean("novelty")).isPositive();
    }
}
