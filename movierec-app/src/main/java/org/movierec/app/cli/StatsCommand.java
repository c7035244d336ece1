package org.movierec.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.DatasetStatistics;
import org.movierec.core.io.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code movierec stats PATH}: the figures of a data set read straight from its files (folder or zip). */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print users, movies, ratings, density, rating distribution and ratings-per-user and "
                + "per-movie quantiles of a data set.")
public final class StatsCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
            description = "A release folder or zip (any MovieLens release, or generic CSV).")
    Path path;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Data format: auto (recognised from the files), ml-100k, ml-1m, ml-10m, ml-latest or "
                    + "generic-csv. Default: ${DEFAULT-VALUE}.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (path == null) {
            throw new IllegalArgumentException("give the PATH of a release folder or zip, e.g. movierec stats ml-100k.zip");
        }
        Dataset data = Releases.read(path, format, ConsoleProgress.onTerminal("MB", 1 << 20));
        DatasetStatistics stats = DatasetStatistics.of(data);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(data.name(), data.format(), stats));
        } else {
            out.print(table(data.name() + " (" + data.format() + ")", stats));
        }
        out.flush();
        return 0;
    }

    /** The figures as one JSON object; name and format are left out when null. */
    public static String toJson(String name, String format, DatasetStatistics s) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        if (name != null) {
            root.put("name", name);
        }
        if (format != null) {
            root.put("format", format);
        }
        root.put("users", s.users());
        root.put("movies", s.movies());
        root.put("ratedMovies", s.ratedMovies());
        root.put("ratings", s.ratings());
        root.put("density", s.density());
        root.put("meanRating", s.meanRating());
        ObjectNode distribution = root.putObject("distribution");
        s.distribution().forEach((value, count) -> distribution.put(value(value), count));
        ObjectNode quantiles = root.putObject("quantiles");
        quantiles(quantiles.putObject("ratingsPerUser"), s.ratingsPerUser());
        quantiles(quantiles.putObject("ratingsPerMovie"), s.ratingsPerMovie());
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void quantiles(ObjectNode node, DatasetStatistics.Quantiles q) {
        node.put("min", q.min());
        node.put("p25", q.p25());
        node.put("p50", q.p50());
        node.put("p75", q.p75());
        node.put("p90", q.p90());
        node.put("p99", q.p99());
        node.put("max", q.max());
    }

    private static String value(float v) {
        return v == Math.rint(v) ? Integer.toString((int) v) : Float.toString(v);
    }

    /** The figures as a readable table under a title line. */
    public static String table(String title, DatasetStatistics s) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n');
        row(sb, "users", String.format(Locale.ROOT, "%,d", s.users()));
        row(sb, "movies", String.format(Locale.ROOT, "%,d in the catalogue, %,d rated", s.movies(), s.ratedMovies()));
        row(sb, "ratings", String.format(Locale.ROOT, "%,d", s.ratings()));
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
        sb.append(String.format(Locale.ROOT, "%n%-18s %8s %8s %8s %8s %8s %8s %8s%n", "quantiles", "min", "25%", "50%",
                "75%", "90%", "99%", "max"));
        quantileRow(sb, "ratings per user", s.ratingsPerUser());
        quantileRow(sb, "ratings per movie", s.ratingsPerMovie());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, String value) {
        sb.append(String.format(Locale.ROOT, "  %-12s %s%n", name, value));
    }

    private static void quantileRow(StringBuilder sb, String name, DatasetStatistics.Quantiles q) {
        sb.append(String.format(Locale.ROOT, "%-18s %8d %8d %8d %8d %8d %8d %8d%n", name, q.min(), q.p25(), q.p50(),
                q.p75(), q.p90(), q.p99(), q.max()));
    }
}
