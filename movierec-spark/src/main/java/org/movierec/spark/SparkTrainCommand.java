package org.movierec.spark;

import static org.apache.spark.sql.functions.not;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code movierec-spark}: trains {@code als} or {@code ials} with Spark MLlib's ALS on a cluster and
 * writes an ordinary movierec model file. The executors read the ratings and write the factors
 * (Parquet); the driver streams those into the model file, so its heap holds neither the ratings nor
 * the factor matrices. {@code --evaluate holdout:F} trains on the rest and measures on the cluster.
 */
@Command(name = "movierec-spark", mixinStandardHelpOptions = true, version = "movierec-spark 0.1.0",
        description = {"Trains a matrix-factorisation model with Apache Spark MLlib's ALS and writes a movierec model file.",
            "Other commands: movierec-spark.sh cluster start|stop, movierec-spark.sh recommend-all (each with --help)."})
public final class SparkTrainCommand implements Callable<Integer> {
    @Mixin
    SparkOptions spark;

    @Option(names = "--data", required = true, paramLabel = "PATH",
            description = "the ratings (any Spark path): a MovieLens release folder, a generic ratings.csv or Parquet")
    String data;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto, ml-100k, ml-1m, ml-10m, ml-latest, generic-csv or parquet (default: ${DEFAULT-VALUE})")
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

    @Option(names = "--seed", defaultValue = "42", description = "Spark's seed and the hold-out's (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--skip-bad-rows", description = "leave out rows that do not parse, and report how many")
    boolean skipBadRows;

    @Option(names = "--evaluate", paramLabel = "holdout:F",
            description = "hold out this share of the ratings, train on the rest and measure on the cluster "
                    + "(RMSE for als, recall@k and nDCG@k for ials)")
    String evaluate;

    @Option(names = "--k", defaultValue = "10", description = "list length of the ranking metrics (default: ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--factors-dir", paramLabel = "PATH",
            description = "where the executors write the factors (any Spark path the executors and the driver share; "
                    + "default: FILE.factors next to --out; removed afterwards)")
    String factorsDir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the model file to write")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String name = algorithm.toLowerCase(Locale.ROOT);
        if (!name.equals("als") && !name.equals("ials")) {
            throw new IllegalArgumentException("unknown algorithm '" + algorithm + "': movierec-spark trains als or ials");
        }
        HoldoutEvaluation holdout = evaluate == null ? null : HoldoutEvaluation.parse(evaluate, seed);
        SparkSession session = spark.session("movierec-spark");
        try {
            SparkAls als = new SparkAls(name.equals("ials"), factors, iterations, reg, alpha, seed, spark.partitions(session));
            RatingSource source = RatingSource.open(session, data, format);
            RatingSource.Summary summary = source.summarise(holdout == null ? null : holdout.isTest(), skipBadRows);
            if (als.implicit() && !(summary.lowest() > 0)) {
                throw new IllegalArgumentException("implicit ALS on Spark needs positive ratings (Spark reads a rating of "
                        + summary.lowest() + " as a negative preference)");
            }
            Dataset<Row> train = holdout == null ? source.ratings() : source.ratings().filter(not(holdout.isTest()));
            String dir = factorsDir != null ? factorsDir : out.toAbsolutePath().toUri() + ".factors";
            long start = System.nanoTime();
            ALSModel model = als.fit(train);
            model.userFactors().write().parquet(dir + "/users");
            model.itemFactors().write().parquet(dir + "/items");
            double seconds = (System.nanoTime() - start) / 1e9;
            Dataset<Row> users = session.read().parquet(dir + "/users");
            Dataset<Row> items = session.read().parquet(dir + "/items");
            long trainRatings = summary.ratings() - summary.testRatings();
            long userCount = users.count();
            double mean = SparkAls.meanRatings(trainRatings, userCount);
            FactorModelFile.save(out, als, mean, summary.scale(), users, items);
            PrintWriter w = spec.commandLine().getOut();
            if (summary.badRows() > 0) {
                w.printf(Locale.ROOT, "Skipped %,d bad rows of %s%n", summary.badRows(), source.label());
            }
            w.printf(Locale.ROOT, "Trained with Spark %s MLlib ALS (%s, implicitPrefs=%s, rank=%d, maxIter=%d, regParam=%s%s, %d partitions) "
                    + "on %,d ratings of %,d users and %,d movies in %.1f s%n", session.version(), spark.master, als.implicit(), factors,
                    iterations, reg, als.implicit() ? ", alpha=" + alpha : "", als.partitions(), trainRatings, userCount, items.count(),
                    seconds);
            w.printf("Wrote %s: a movierec %s model; the file records %s (the movierec parameters of Spark's model; "
                    + "it does not record that Spark trained it)%n", out, als.algorithm(), describe(als.claimed(mean).params()));
            if (holdout != null) {
                double trainMean = summary.trainSum() / trainRatings;
                Map<String, Double> metrics = holdout.measure(source.ratings(), ShippedModel.at(session, out.toAbsolutePath().toString()),
                        als.implicit(), k, trainMean, spark.partitions(session));
                w.printf(Locale.ROOT, "Evaluated on the cluster (%s, seed %d, %,d held-out ratings): %s%n", evaluate, seed,
                        summary.testRatings(), metrics.entrySet().stream().map(e -> e.getKey() + "=" + format(e.getValue()))
                                .collect(Collectors.joining(", ")));
            }
            w.flush();
            org.apache.hadoop.fs.Path factorsPath = new org.apache.hadoop.fs.Path(dir);
            FileSystem.get(factorsPath.toUri(), session.sparkContext().hadoopConfiguration()).delete(factorsPath, true);
        } finally {
            session.stop();
        }
        return 0;
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) > 1 ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String describe(Map<String, Object> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
