package org.movierec.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code movierec-spark}: trains {@code als} or {@code ials} with Spark MLlib's ALS on a rating release and
 * writes an ordinary movierec model file ({@code movierec recommend --model FILE} and the web app read it).
 */
@Command(name = "movierec-spark", mixinStandardHelpOptions = true, version = "movierec-spark 0.1.0",
        description = "Trains a matrix-factorisation model with Apache Spark MLlib's ALS and writes a movierec model file.")
public final class SparkTrainCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "PATH",
            description = "a MovieLens release (folder or zip) or a generic ratings CSV")
    Path data;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT", description = "release format (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--algorithm", defaultValue = "als", paramLabel = "als|ials",
            description = "als: explicit ratings (an unbiased movierec als model); ials: implicit preferences (a movierec ials model)")
    String algorithm;

    @Option(names = "--factors", defaultValue = "10", description = "Spark's rank (default: ${DEFAULT-VALUE})")
    int factors;

    @Option(names = "--iterations", defaultValue = "10", description = "Spark's maxIter (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--reg", defaultValue = "0.1", description = "Spark's regParam: the L2 weight per rating (default: ${DEFAULT-VALUE})")
    double reg;

    @Option(names = "--alpha", defaultValue = "1.0", description = "Spark's alpha: confidence 1 + alpha * rating, ials only (default: ${DEFAULT-VALUE})")
    double alpha;

    @Option(names = "--seed", defaultValue = "42", description = "Spark's seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--master", defaultValue = "local[*]", description = "Spark master URL (default: ${DEFAULT-VALUE})")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "partitions of the ratings and ALS user/item blocks (default: Spark's default parallelism)")
    Integer partitions;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the model file to write")
    Path out;

    @Option(names = "--verbose", description = "print the stack trace of an error")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String name = algorithm.toLowerCase(Locale.ROOT);
        if (!name.equals("als") && !name.equals("ials")) {
            throw new IllegalArgumentException("unknown algorithm '" + algorithm + "': movierec-spark trains als or ials");
        }
        if (!Files.exists(data)) {
            throw new NoSuchFileException(data.toString());
        }
        Dataset dataset = Releases.read(data, format, Progress.NONE);
        RatingMatrix ratings = dataset.ratings();
        SparkSession spark = session(master);
        try {
            SparkAls als = new SparkAls(name.equals("ials"), factors, iterations, reg, alpha, seed,
                    partitions != null ? partitions : spark.sparkContext().defaultParallelism());
            long start = System.nanoTime();
            SparkAls.Result result = als.fit(spark, ratings);
            double seconds = (System.nanoTime() - start) / 1e9;
            ModelFile.save(out, result.claimed(), result.model(), ratings.users(), ratings.items(), ratings.scale());
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "Trained with Spark %s MLlib ALS (%s, implicitPrefs=%s, rank=%d, maxIter=%d, regParam=%s%s, %d partitions) "
                    + "on %,d ratings of %,d users and %,d movies in %.1f s%n", spark.version(), master, als.implicit(), factors,
                    iterations, reg, als.implicit() ? ", alpha=" + alpha : "", als.partitions(), ratings.size(),
                    ratings.activeUserCount(), ratings.ratedItemCount(), seconds);
            w.printf("Wrote %s: a movierec %s model; the file records %s (the movierec parameters of Spark's model; "
                    + "it does not record that Spark trained it)%n", out, result.claimed().name(), describe(result.claimed().params()));
            w.flush();
        } finally {
            spark.stop();
        }
        return 0;
    }

    private static String describe(Map<String, Object> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    /** A session on the master, without the web UI (a command-line job). */
    static SparkSession session(String master) {
        return SparkSession.builder().appName("movierec-spark").master(master).config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false").getOrCreate();
    }

    /** The command line with one-sentence errors on stderr. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SparkTrainCommand());
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("movierec-spark: " + ex.getMessage() + " (see movierec-spark --help)");
            err.flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("movierec-spark: " + describe(ex));
            if (parseResult.hasMatchedOption("--verbose")) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cli;
    }

    private static String describe(Exception ex) {
        if (ex instanceof NoSuchFileException e) {
            return "no such file or directory: " + e.getFile();
        }
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() + " (run with --verbose for details)"
                : message.lines().findFirst().orElse(message);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
