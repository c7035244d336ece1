package org.movierec.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.movierec.app.store.Database;
import org.movierec.app.store.DatabaseStatistics;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.DatasetStatistics;
import org.movierec.core.data.Quantiles;
import org.movierec.core.eval.TemporalLastSplitter;
import org.movierec.core.io.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code movierec stats [PATH|RELEASE]}: counts, density, rating distribution and quantiles of a data set read
 * straight from its files when a PATH is given, of the app's database otherwise.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints users, movies, ratings, density, the rating distribution and ratings-per-user and"
                + " per-movie quantiles of a release read from its files (PATH), or of the app's database.")
public final class StatsCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH|RELEASE",
            description = "A release folder or zip (any MovieLens release, or generic CSV), or the name of a "
                    + "downloaded release such as ml-1m; without it, the database.")
    String source;

    @Mixin
    DatabaseOption database;

    @Option(names = "--json", description = "Print one JSON object (keys users, movies, ratedMovies, ratings, ...).")
    boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Format of PATH: auto (recognised from the files), ml-100k, ml-1m, ml-10m, ml-latest or "
                    + "generic-csv. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--ties", paramLabel = "N",
            description = "Also count the test ratings of the split temporal-last:N that share their second with a training rating"
                    + " of the same user (keys tiesSplit, tiesTestRatings, tiesWithTraining).")
    Integer ties;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (source != null) {
            if (database.location != null) {
                throw new IllegalArgumentException("give either a PATH or --database, not both");
            }
            Path path = ReleaseLocator.locate(source);
            Dataset data = Releases.read(path, format, ProgressBarProgress.onTerminal("MB", 1 << 20));
            DatasetStatistics stats = DatasetStatistics.of(data);
            Map<String, Object> map = asMap(data, stats);
            if (ties != null) {
                TemporalLastSplitter splitter = new TemporalLastSplitter(ties);
                TemporalLastSplitter.Ties counted = splitter.ties(data.ratings());
                map.put("tiesSplit", splitter.describe());
                map.put("tiesTestRatings", counted.testRatings());
                map.put("tiesWithTraining", counted.tiedWithTraining());
            }
            if (json) {
                out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(map));
            } else {
                out.print(table(data.name() + " (" + data.format() + ")", data.tags().size(), stats));
                if (ties != null) {
                    out.printf(Locale.ROOT, "%s: %d of %d test ratings share their second with a training rating of the same user%n",
                            map.get("tiesSplit"), map.get("tiesWithTraining"), map.get("tiesTestRatings"));
                }
            }
        } else {
            try (Database db = database.open()) {
                DatabaseStatistics statistics = DatabaseStatistics.of(db);
                if (json) {
                    DatabaseStatsPrinter.printJson(statistics, out);
                } else {
                    DatabaseStatsPrinter.printText(db.description(), statistics, out);
                }
            }
        }
        out.flush();
        return 0;
    }

    /**
     * The figures of a data set as JSON-ready values, in the shape of the database mode's output plus
     * name, format and a "quantiles" object holding both quantile sets.
     */
    static Map<String, Object> asMap(Dataset data, DatasetStatistics s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", data.name());
        map.put("format", data.format());
        map.put("users", s.users());
        map.put("movies", s.movies());
        map.put("ratedMovies", s.ratedMovies());
        map.put("ratings", s.ratings());
        map.put("tags", data.tags().size());
        map.put("density", s.density());
        map.put("meanRating", Double.isNaN(s.meanRating()) ? null : s.meanRating());
        Map<String, Long> distribution = new LinkedHashMap<>();
        s.distribution().forEach((value, count) -> distribution.put(value(value), count));
        map.put("distribution", distribution);
        map.put("ratingsPerUser", s.ratingsPerUser().asMap());
        map.put("ratingsPerMovie", s.ratingsPerMovie().asMap());
        map.put("quantiles", Map.of("ratingsPerUser", s.ratingsPerUser().asMap(),
                "ratingsPerMovie", s.ratingsPerMovie().asMap()));
        return map;
    }

    private static String value(float v) {
        return v == Math.rint(v) ? Integer.toString((int) v) : Float.toString(v);
    }

    /** The figures as a readable table under a title line. */
    static String table(String title, int tags, DatasetStatistics s) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n');
        row(sb, "users", String.format(Locale.ROOT, "%,d", s.users()));
        row(sb, "movies", String.format(Locale.ROOT, "%,d in the catalogue, %,d rated", s.movies(), s.ratedMovies()));
        row(sb, "ratings", String.format(Locale.ROOT, "%,d", s.ratings()));
        row(sb, "tags", String.format(Locale.ROOT, "%,d", tags));
        row(sb, "density", String.format(Locale.ROOT, "%.4f%%", 100 * s.density()));
        row(sb, "mean rating", String.format(Locale.ROOT, "%.3f", s.meanRating()));
        sb.append("\nrating distribution\n");
        long total = Math.max(1, s.ratings());
        long most = s.distribution().values().stream().mapToLong(Long::longValue).max().orElse(1);
        for (Map.Entry<Float, Long> e : s.distribution().entrySet()) {
            int width = (int) Math.round(30.0 * e.getValue() / most);
            sb.append(String.format(Locale.ROOT, "  %5s  %,12d  %5.1f%%  %s%n", value(e.getKey()), e.getValue(),
                    100.0 * e.getValue() / total, "#".repeat(width)));
        }
        sb.append(String.format(Locale.ROOT, "%n%-18s %7s %7s %7s %7s %7s %7s %7s %7s%n", "quantiles", "min", "10%",
                "25%", "50%", "75%", "90%", "99%", "max"));
        quantileRow(sb, "ratings per user", s.ratingsPerUser());
        quantileRow(sb, "ratings per movie", s.ratingsPerMovie());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, String value) {
        sb.append(String.format(Locale.ROOT, "  %-12s %s%n", name, value));
    }

    private static void quantileRow(StringBuilder sb, String name, Quantiles q) {
        sb.append(String.format(Locale.ROOT, "%-18s %7d %7d %7d %7d %7d %7d %7d %7d%n", name, q.min(), q.p10(), q.p25(),
                q.median(), q.p75(), q.p90(), q.p99(), q.max()));
    }
}
