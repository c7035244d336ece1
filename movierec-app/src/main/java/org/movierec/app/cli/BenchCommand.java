package org.movierec.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.movierec.app.bench.BenchTable;
import org.movierec.app.bench.BenchTable.Column;
import org.movierec.app.bench.ResourceMeter;
import org.movierec.app.report.Reports;
import org.movierec.app.store.Database;
import org.movierec.app.store.DatabaseImporter;
import org.movierec.app.store.RatingRepository;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Task;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.eval.AccuracyMetric;
import org.movierec.core.eval.AlgorithmResult;
import org.movierec.core.eval.Evaluator;
import org.movierec.core.eval.FoldMask;
import org.movierec.core.eval.SplitSpec;
import org.movierec.core.eval.Splitter;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code movierec bench parse|fit|recommend|import}: speed figures of movierec's own code for the README, with
 * process CPU time and peak heap next to wall times (see {@link ResourceMeter}). Each prints a table
 * and can write it as JSON and as Markdown.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the speed of reading a release, fitting and predicting, and importing into the database.",
        subcommands = {BenchCommand.Parse.class, BenchCommand.Fit.class, BenchRecommend.class, BenchCommand.Import.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static final Column[] TIMING = {
        new Column("step", "step", "%s"),
        new Column("ratings", "ratings", "%,d"),
        new Column("runs", "runs", "%d"),
        new Column("minSeconds", "min s", "%.3f"),
        new Column("medianSeconds", "median s", "%.3f"),
        new Column("maxSeconds", "max s", "%.3f"),
        new Column("ratingsPerSecond", "ratings/s", "%,.0f"),
        new Column("medianCpuSeconds", "cpu s", "%.3f"),
        new Column("peakHeapMB", "peak heap MB", "%,d"),
    };

    /** The --json and --markdown options, and printing of the table. */
    static final class Output {
        @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
        Path json;

        @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the figures as a Markdown table.")
        Path markdown;

        void print(BenchTable table, CommandSpec spec) throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            out.print(table.text());
            save(table);
            if (json != null) {
                out.println("wrote " + json);
            }
            if (markdown != null) {
                out.println("wrote " + markdown);
            }
            out.flush();
        }

        /** Writes the files without printing (a long run saves its table after every row, so a later failure loses nothing). */
        void save(BenchTable table) throws IOException {
            if (json != null) {
                write(json, table.jsonText());
            }
            if (markdown != null) {
                write(markdown, table.markdown());
            }
        }

        private static void write(Path file, String text) throws IOException {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text);
        }
    }

    /** Times of repeated runs of one step: min, median and max wall time, median CPU time, peak heap. */
    record Runs(double[] wall, double[] cpu, long peakHeap) {
        static Runs of(List<ResourceMeter.Usage> usages) {
            return new Runs(usages.stream().mapToDouble(ResourceMeter.Usage::wallSeconds).toArray(),
                    usages.stream().mapToDouble(ResourceMeter.Usage::cpuSeconds).toArray(),
                    usages.stream().mapToLong(ResourceMeter.Usage::peakHeapBytes).max().orElse(0));
        }

        Object[] row(String step, int ratings) {
            double median = median(wall);
            return new Object[] {step, ratings, wall.length, Arrays.stream(wall).min().orElse(Double.NaN), median,
                Arrays.stream(wall).max().orElse(Double.NaN), ratings / median, median(cpu), peakHeap >> 20};
        }
    }

    /** The median (mean of the two middle values for an even count); NaN for none. */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static void checkRuns(int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
    }

    /** {@code movierec bench parse}. */
    @Command(name = "parse", mixinStandardHelpOptions = true,
            description = "Time reading a release (Releases.read) over several runs after one warm-up run.")
    static final class Parse implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "PATH",
                description = "The data set: a MovieLens release folder or zip, or generic CSV.")
        Path data;

        @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
                description = "Timed runs after the warm-up (default: ${DEFAULT-VALUE}).")
        int runs;

        @Mixin
        Output output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            checkRuns(runs);
            Dataset warm = Releases.read(data, Progress.NONE);
            int ratings = warm.ratings().size();
            BenchTable table = new BenchTable("movierec bench parse", TIMING).context("version", MovierecCommand.version()).context("data", warm.name())
                    .context("format", warm.format()).context("path", data)
                    .context("users", warm.ratings().userCount()).context("movies", warm.catalog().size());
            warm = null; // not counted in the runs' peak heap
            List<ResourceMeter.Usage> usages = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                ResourceMeter meter = ResourceMeter.start();
                Dataset read = Releases.read(data, Progress.NONE);
                usages.add(meter.stop());
                if (read.ratings().size() != ratings) {
                    throw new IllegalStateException("run " + (r + 1) + " read " + read.ratings().size() + " ratings, the warm-up "
                            + ratings);
                }
            }
            table.machineContext().row(Runs.of(usages).row("parse", ratings));
            output.print(table, spec);
            return 0;
        }
    }

    /** {@code movierec bench fit}. */
    @Command(name = "fit", mixinStandardHelpOptions = true,
            description = {"Time fitting each algorithm on every training fold and predicting the whole test fold, through the "
                    + "evaluator of 'movierec evaluate' (same splits, same seed), with process CPU time and peak heap.",
                "The first fold includes the JIT warm-up: read the medians, or give --runs 2 or more."})
    static final class Fit implements Callable<Integer> {
        @Mixin
        EvaluationOptions options;

        @Option(names = "--algorithms", required = true, paramLabel = "LIST",
                description = "Algorithms with optional parameters, e.g. svd,svdpp:factors=50,itemknn:k=40; 'all' as in evaluate.")
        String algorithms;

        @Option(names = "--split", defaultValue = "kfold:5", paramLabel = "SPLIT",
                description = "One of " + SplitSpec.FORMS + " (default: ${DEFAULT-VALUE}).")
        String split;

        @Option(names = "--runs", defaultValue = "1", paramLabel = "N",
                description = "Times each algorithm goes over all folds (default: ${DEFAULT-VALUE}).")
        int runs;

        @Mixin
        Output output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            checkRuns(runs);
            Splitter splitter = options.splitter(split);
            AlgorithmRegistry registry = AlgorithmRegistry.standard();
            List<Algorithm> list = EvaluateCommand.parseAlgorithms(registry, algorithms, options.task());
            Dataset dataset = Releases.read(options.data, Progress.NONE);
            Evaluator.checkFits(list, dataset.ratings());
            Evaluator evaluator = options.evaluator(dataset, split);
            String quality = options.task() == Task.RATING ? "rmse" : AccuracyMetric.NDCG.key();
            RatingMatrix data = dataset.ratings();
            List<FoldMask> folds = splitter.split(data);
            BenchTable table = new BenchTable("movierec bench fit",
                    new Column("algorithm", "algorithm", "%s"),
                    new Column("folds", "folds", "%d"),
                    new Column("runs", "runs", "%d"),
                    new Column("medianFitSeconds", "fit s (median)", "%.3f"),
                    new Column("maxFitSeconds", "fit s (max)", "%.3f"),
                    new Column("medianPredictSeconds", "predict s (median)", "%.3f"),
                    new Column("maxPredictSeconds", "predict s (max)", "%.3f"),
                    new Column(quality, options.task() == Task.RATING ? quality : quality + "@" + options.k, "%.4f"),
                    new Column("cpuSeconds", "cpu s", "%.1f"),
                    new Column("cpuPerWall", "cpu/wall", "%.2f"),
                    new Column("peakHeapMB", "peak heap MB", "%,d"),
                    new Column("gcSeconds", "gc s", "%.2f"));
            table.context("version", MovierecCommand.version()).context("data", dataset.name()).context("ratings", data.size()).context("split", splitter.describe())
                    .context("seed", options.seed).context("task", options.task().name().toLowerCase())
                    .context("testRatingsPerFold", (int) Math.round(folds.stream().mapToInt(FoldMask::testSize).average()
                            .orElse(0)))
                    .machineContext();
            List<String> failures = new ArrayList<>();
            for (Algorithm algorithm : list) {
                int n = folds.size() * runs;
                double[] fit = new double[n];
                double[] predict = new double[n];
                double qualitySum = 0;
                ResourceMeter meter = ResourceMeter.start();
                try {
                    for (int r = 0; r < runs; r++) {
                        for (int f = 0; f < folds.size(); f++) {
                            Map<String, Double> measured = evaluator.evaluateFold(algorithm, folds.get(f).trainOf(data),
                                    folds.get(f).testOf(data), splitter.rankNewItemsOnly());
                            fit[r * folds.size() + f] = measured.get("fitSeconds");
                            predict[r * folds.size() + f] = measured.get("predictSeconds");
                            qualitySum += measured.get(quality);
                        }
                    }
                } catch (RuntimeException | OutOfMemoryError e) {
                    meter.stop();
                    failures.add(rowName(registry, algorithm) + " failed (" + (e.getMessage() != null ? e.getMessage() : e.toString()) + ")");
                    continue;
                }
                ResourceMeter.Usage usage = meter.stop();
                table.row(rowName(registry, algorithm), folds.size(), runs, median(fit),
                        Arrays.stream(fit).max().orElseThrow(), median(predict), Arrays.stream(predict).max().orElseThrow(),
                        qualitySum / n, usage.cpuSeconds(), usage.cpuPerWall(), usage.peakHeapBytes() >> 20,
                        usage.gcSeconds());
                output.save(table);
            }
            output.print(table, spec);
            failures.forEach(failure -> spec.commandLine().getErr().println(failure + "; the table holds the algorithms that finished"));
            return failures.isEmpty() ? 0 : 1;
        }
    }

    /** The algorithm's name, followed by the parameters that differ from their defaults: "svd:factors=10". */
    static String rowName(AlgorithmRegistry registry, Algorithm algorithm) {
        Map<String, Object> defaults = registry.parse(algorithm.name()).params();
        Map<String, Object> changed = new LinkedHashMap<>();
        algorithm.params().forEach((key, value) -> {
            if (!value.equals(defaults.get(key))) {
                changed.put(key, value);
            }
        });
        return Reports.label(new AlgorithmResult(algorithm.name(), changed, Map.of()));
    }

    /** {@code movierec bench import}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Time importing a release into an empty database, then loading its ratings back as a matrix.")
    static final class Import implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "PATH",
                description = "The data set: a MovieLens release folder or zip, or generic CSV.")
        Path data;

        @Option(names = "--database", required = true, paramLabel = "PATH|JDBC-URL",
                description = "An empty database to import into: a new SQLite file or a jdbc:postgresql:// URL.")
        String database;

        @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
                description = "Timed loads of the ratings after the import (default: ${DEFAULT-VALUE}).")
        int runs;

        @Mixin
        Output output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            checkRuns(runs);
            Dataset dataset = Releases.read(data, Progress.NONE);
            int ratings = dataset.ratings().size();
            BenchTable table = new BenchTable("movierec bench import", TIMING);
            try (Database db = Database.open(database)) {
                RatingRepository repository = new RatingRepository(db);
                int existing = repository.count();
                if (existing > 0) {
                    throw new IllegalArgumentException("bench import needs an empty database; " + db.description()
                            + " holds " + existing + " ratings");
                }
                table.context("version", MovierecCommand.version()).context("data", dataset.name()).context("database", db.description())
                        .context("vendor", db.vendor().name().toLowerCase()).machineContext();
                ResourceMeter meter = ResourceMeter.start();
                new DatabaseImporter(db).importDataset(dataset, Progress.NONE);
                table.row(Runs.of(List.of(meter.stop())).row("import", ratings));
                dataset = null; // not counted in the loads' peak heap
                List<ResourceMeter.Usage> usages = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    meter = ResourceMeter.start();
                    RatingMatrix loaded = repository.load(Progress.NONE);
                    usages.add(meter.stop());
                    if (loaded.size() != ratings) {
                        throw new IllegalStateException("loaded " + loaded.size() + " ratings back, imported " + ratings);
                    }
                }
                table.row(Runs.of(usages).row("load", ratings));
            }
            output.print(table, spec);
            return 0;
        }
    }
}
