package org.movierec.core.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * Hyper-parameter search: evaluates one algorithm at each candidate setting ({@link SearchSpace})
 * on the same folds and picks the setting with the best mean of one metric (lowest for errors and
 * times, highest otherwise). Ties keep the earlier candidate.
 */
public final class ParameterSearch {
    private final Evaluator evaluator;
    private final String metric;

    /**
     * @param evaluator the evaluator whose protocol every trial shares
     * @param metric the metric to optimise, e.g. "rmse" or "ndcg"
     */
    public ParameterSearch(Evaluator evaluator, String metric) {
        this.evaluator = evaluator;
        this.metric = metric;
    }

    /** One evaluated setting: the parameters given (others at defaults) and the full result. */
    public record Trial(Map<String, String> given, AlgorithmResult result) {
    }

    /** The search's outcome: the optimised metric, the best trial and every trial in order. */
    public record Outcome(String metric, boolean lowerIsBetter, Trial best, List<Trial> trials) {
        public Outcome {
            trials = List.copyOf(trials);
        }
    }

    /** True for metrics where smaller is better. */
    public static boolean lowerIsBetter(String metric) {
        return metric.equals("rmse") || metric.equals("mae") || metric.endsWith("Seconds");
    }

    /** Evaluates every candidate setting of the algorithm and returns the best. */
    public Outcome search(AlgorithmSpec spec, List<Map<String, String>> candidates, RatingMatrix data, Splitter splitter,
            Progress progress) throws IOException {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no parameter settings to try");
        }
        List<Algorithm> algorithms = new ArrayList<>();
        for (Map<String, String> given : candidates) {
            algorithms.add(spec.create(given));
        }
        EvaluationReport report = evaluator.evaluate(data, splitter, algorithms, progress);
        boolean lower = lowerIsBetter(metric);
        List<Trial> trials = new ArrayList<>();
        Trial best = null;
        for (int j = 0; j < candidates.size(); j++) {
            Trial trial = new Trial(candidates.get(j), report.results().get(j));
            trials.add(trial);
            double v = trial.result().mean(metric);
            if (best == null || (lower ? v < best.result().mean(metric) : v > best.result().mean(metric))) {
                best = trial;
            }
        }
        return new Outcome(metric, lower, best, trials);
    }
}
