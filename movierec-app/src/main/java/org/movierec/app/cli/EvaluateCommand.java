package org.movierec.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.movierec.app.report.HtmlReport;
import org.movierec.app.report.Reports;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Task;
import org.movierec.core.data.Dataset;
import org.movierec.core.eval.EvaluationReport;
import org.movierec.core.eval.Evaluator;
import org.movierec.core.eval.SplitSpec;
import org.movierec.core.eval.Splitter;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code movierec evaluate}: fits algorithms per fold of a split and prints mean ± std per metric. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate algorithms on a split of a data set: a table of mean ± std per metric over folds, optionally "
                + "written as JSON, CSV and a self-contained HTML report. Deterministic for a fixed seed.")
final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    EvaluationOptions options;

    @Option(names = "--algorithms", required = true, paramLabel = "LIST",
            description = {"Algorithms with optional parameters, e.g. svd,svdpp:factors=50,itemknn:k=40,sim=pearson.",
                "'all': every rating algorithm (--task rating) or every algorithm (--task ranking)."})
    String algorithms;

    @Option(names = "--split", defaultValue = "kfold:5", paramLabel = "SPLIT",
            description = "One of " + SplitSpec.FORMS + " (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON.")
    Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the results as CSV.")
    Path csv;

    @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML report with charts.")
    Path html;

    @Option(names = "--no-progress", description = "Do not show a progress bar.")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Task task = options.task();
        Splitter splitter = options.splitter(split);
        List<Algorithm> list = parseAlgorithms(AlgorithmRegistry.standard(), algorithms, task);
        Progress progress = noProgress ? Progress.NONE : ProgressBarProgress.onStandardError();
        Dataset dataset = Releases.read(options.data, progress);
        Evaluator evaluator = options.evaluator(dataset, split);
        EvaluationReport report = evaluator.evaluate(dataset.ratings(), splitter, list, progress);
        String version = MovierecCommand.version();
        PrintWriter out = spec.commandLine().getOut();
        out.println(Reports.describe(report.protocol(), version));
        out.println();
        out.print(Reports.table(report));
        if (json != null) {
            Reports.writeJson(report, version, json);
            out.println("wrote " + json);
        }
        if (csv != null) {
            Reports.writeCsv(report, version, csv);
            out.println("wrote " + csv);
        }
        if (html != null) {
            HtmlReport.write(report, version, html);
            out.println("wrote " + html);
        }
        report.failures().forEach((algorithm, reason) -> spec.commandLine().getErr().println(algorithm + " failed (" + reason
                + "); the table holds the algorithms that finished"));
        out.flush();
        return report.failures().isEmpty() ? 0 : 1;
    }

    /**
     * The algorithms of the list. For rating, {@code all} means every rating algorithm and a named
     * ranking-only algorithm is refused; for ranking, {@code all} means every algorithm (rating
     * models rank by predicted rating).
     */
    static List<Algorithm> parseAlgorithms(AlgorithmRegistry registry, String text, Task task) {
        List<Algorithm> list = registry.parseList(text, task == Task.RATING ? Task.RATING : null);
        if (task == Task.RATING) {
            List<String> rankingOnly = new ArrayList<>();
            for (Algorithm a : list) {
                if (!registry.spec(a.name()).tasks().contains(Task.RATING)) {
                    rankingOnly.add(a.name());
                }
            }
            if (!rankingOnly.isEmpty()) {
                throw new IllegalArgumentException(String.join(", ", rankingOnly) + (rankingOnly.size() == 1 ? " ranks" : " rank")
                        + " items and predicts no ratings; evaluate with --task ranking");
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no algorithm is registered for the task " + task.name().toLowerCase());
        }
        return list;
    }
}
