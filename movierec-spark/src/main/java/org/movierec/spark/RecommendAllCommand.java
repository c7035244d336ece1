package org.movierec.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code movierec-spark recommend-all}: the top-N movies of every user of a data set from a movierec
 * model file, computed on the cluster and written as CSV part files (header userId,movieId,rank,score)
 * or Parquet. No list holds a movie the user rated.
 */
@Command(name = "recommend-all", mixinStandardHelpOptions = true,
        description = "Writes every user's top-N unrated movies from a movierec model file, computed on a Spark cluster.")
public final class RecommendAllCommand implements Callable<Integer> {
    @Mixin
    SparkOptions spark;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "a movierec model file (any Spark path)")
    String model;

    @Option(names = "--data", required = true, paramLabel = "PATH",
            description = "the users' ratings (any Spark path): a MovieLens release folder, a generic ratings.csv or Parquet")
    String data;

    @Option(names = "--data-format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "the data's format: auto, ml-100k, ml-1m, ml-10m, ml-latest, generic-csv, parquet (default: ${DEFAULT-VALUE})")
    String dataFormat;

    @Option(names = "-n", defaultValue = "10", paramLabel = "N", description = "movies per user (default: ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output directory (any Spark path; must not exist)")
    String out;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|parquet", description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--skip-bad-rows", description = "leave out rows of the data that do not parse, and report how many")
    boolean skipBadRows;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("csv") && !format.equals("parquet")) {
            throw new IllegalArgumentException("unknown output format '" + format + "': use csv or parquet");
        }
        SparkSession session = spark.session("movierec-spark recommend-all");
        try {
            RatingSource source = RatingSource.open(session, data, dataFormat);
            RatingSource.Summary summary = source.summarise(null, skipBadRows);
            LongAccumulator users = session.sparkContext().longAccumulator("users");
            long start = System.nanoTime();
            Dataset<Row> lists = BatchRecommendations.of(session, ShippedModel.at(session, model), source.ratings(), n,
                    spark.partitions(session), users);
            if (format.equals("csv")) {
                lists.write().option("header", true).csv(out);
            } else {
                lists.write().parquet(out);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            PrintWriter w = spec.commandLine().getOut();
            if (summary.badRows() > 0) {
                w.printf(Locale.ROOT, "Skipped %,d bad rows of %s%n", summary.badRows(), source.label());
            }
            w.printf(Locale.ROOT, "Wrote the top %d of %,d users (%,d ratings read) to %s as %s part files in %.1f s (Spark %s, %s)%n", n,
                    users.value(), summary.ratings(), out, format.toUpperCase(Locale.ROOT), seconds, session.version(), spark.master);
            w.flush();
        } finally {
            session.stop();
        }
        return 0;
    }
}
