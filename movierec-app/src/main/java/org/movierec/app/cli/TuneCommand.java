package org.movierec.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.movierec.app.report.Reports;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.Task;
import org.movierec.core.data.Dataset;
import org.movierec.core.eval.Evaluator;
import org.movierec.core.eval.MetricSummary;
import org.movierec.core.eval.ParameterSearch;
import org.movierec.core.eval.SearchSpace;
import org.movierec.core.eval.SplitSpec;
import org.movierec.core.eval.Splitter;
import org.movierec.core.eval.ValidationSplitter;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code movierec tune}: grid or random hyper-parameter search; writes the best parameters as JSON. */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = "Search an algorithm's hyper-parameters by grid or random search on a split, choosing by a metric "
                + "(rmse for rating, ndcg for ranking), and write the best parameters as JSON.")
final class TuneCommand implements Callable<Integer> {

    @Mixin
    EvaluationOptions options;

    @Option(names = "--algorithm", required = true, paramLabel = "NAME", description = "The algorithm to tune.")
    String algorithm;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Space space;

    static final class Space {
        @Option(names = "--grid", paramLabel = "GRID",
                description = "Every combination, e.g. 'factors=50,100;reg=0.02,0.05'.")
        String grid;

        @ArgGroup(exclusive = false)
        RandomSpace random;
    }

    static final class RandomSpace {
        @Option(names = "--random", required = true, paramLabel = "N", description = "Random search with N samples.")
        int samples;

        @Option(names = "--ranges", required = true, paramLabel = "RANGES",
                description = "Ranges to sample, e.g. 'reg=0.001:0.1:log;factors=16:128:int;sim=cosine,pearson'.")
        String ranges;
    }

    @Option(names = "--split", defaultValue = "kfold:3", paramLabel = "SPLIT",
            description = "One of " + SplitSpec.FORMS + " (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--validate", paramLabel = "SPLIT",
            description = "Tune on validation folds carved by this split (seeded with --seed + 1) from each training fold of "
                    + "--split, so that its test folds are never seen, e.g. --split user-holdout:0.25 --validate user-holdout:0.25.")
    String validate;

    @Option(names = "--metric", paramLabel = "METRIC", description = "The metric to optimise (default: rmse for rating, ndcg for ranking).")
    String metric;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the best parameters (JSON).")
    Path out;

    @Option(names = "--no-progress", description = "Do not show a progress bar.")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Task task = options.task();
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        AlgorithmSpec algo = registry.spec(algorithm);
        if (task == Task.RATING && !algo.tasks().contains(Task.RATING)) {
            throw new IllegalArgumentException(algorithm + " ranks items and predicts no ratings; tune it with --task ranking");
        }
        List<Map<String, String>> candidates = space.grid != null ? SearchSpace.grid(space.grid)
                : SearchSpace.random(space.random.ranges, space.random.samples, options.seed);
        for (Map<String, String> c : candidates) {
            algo.create(c);
        }
        String chosen = metric != null ? metric : task == Task.RATING ? "rmse" : "ndcg";
        if (!Evaluator.metricKeys(task).contains(chosen)) {
            throw new IllegalArgumentException("unknown metric '" + chosen + "' for --task " + options.task + "; use one of "
                    + String.join(", ", Evaluator.metricKeys(task)));
        }
        Progress progress = noProgress ? Progress.NONE : ProgressBarProgress.onStandardError();
        Dataset dataset = Releases.read(options.data, progress);
        ParameterSearch search = new ParameterSearch(options.evaluator(dataset, split), chosen);
        Splitter splitter = options.splitter(split);
        if (validate != null) {
            SplitSpec inner = SplitSpec.parse(validate);
            if (inner.kind().equals("ml100k-u")) {
                throw new IllegalArgumentException("--validate ml100k-u: the canonical ml-100k folds cannot be carved from a training fold; "
                        + "use user-holdout:FRACTION or kfold:K");
            }
            splitter = new ValidationSplitter(splitter, inner.splitter(options.seed + 1, options.data));
        }
        ParameterSearch.Outcome outcome = search.search(algo, candidates, dataset.ratings(), splitter, progress);

        PrintWriter pw = spec.commandLine().getOut();
        pw.printf(Locale.ROOT, "%s: %d settings of %s by %s (%s) on %s%n", dataset.name(), candidates.size(), algorithm, chosen,
                outcome.lowerIsBetter() ? "lower is better" : "higher is better", splitter.describe());
        for (ParameterSearch.Trial t : outcome.trials()) {
            MetricSummary s = t.result().metrics().get(chosen);
            pw.printf(Locale.ROOT, "%s %-40s %s %.4f ± %.4f%n", t == outcome.best() ? "*" : " ", format(t.given()), chosen, s.mean(), s.std());
        }
        pw.println("best: " + algorithm + ":" + format(outcome.best().given()) + "   (all parameters: "
                + Reports.label(outcome.best().result()) + ")");

        ObjectNode root = Reports.object();
        root.put("algorithm", algorithm);
        ObjectNode best = root.putObject("params");
        outcome.best().given().forEach(best::put);
        root.put("spec", algorithm + ":" + format(outcome.best().given()));
        root.put("metric", chosen);
        root.put("mean", outcome.best().result().mean(chosen));
        root.put("std", outcome.best().result().metrics().get(chosen).std());
        root.put("data", dataset.name());
        root.put("split", SplitSpec.parse(split).toString());
        if (validate != null) {
            root.put("validate", SplitSpec.parse(validate).toString());
        }
        root.put("seed", options.seed);
        root.put("task", task.name().toLowerCase(Locale.ROOT));
        root.put("version", MovierecCommand.version());
        ArrayNode trials = root.putArray("trials");
        for (ParameterSearch.Trial t : outcome.trials()) {
            ObjectNode node = trials.addObject();
            ObjectNode params = node.putObject("params");
            t.given().forEach(params::put);
            MetricSummary s = t.result().metrics().get(chosen);
            node.put("mean", s.mean());
            node.put("std", s.std());
        }
        Reports.writeJson(root, out);
        pw.println("wrote " + out);
        pw.flush();
        return 0;
    }

    private static String format(Map<String, String> params) {
        StringBuilder s = new StringBuilder();
        params.forEach((k, v) -> s.append(s.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return s.toString();
    }
}
