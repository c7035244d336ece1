package org.movierec.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Task;
import org.movierec.core.eval.MetricSummary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The published result tables, each drawn from result files only: the commands that produced them, the
 * Markdown table, and the files it came from. With {@code timings} false every wall-clock figure is shown
 * as "·" (what {@code movierec report --check} compares, since timings differ from run to run).
 */
public final class ResultTables {
    /** Every section name a page may mark, with the result files it reads. */
    public static final Map<String, List<String>> SOURCES = sources();

    private static final String HIDDEN = "·";
    private static final String RANKING_HEADER = "| nDCG@10 | P@10 | Recall@10 | MAP | coverage | personalisation | fit s |";

    private final ResultFiles files;
    private final boolean timings;
    private final AlgorithmRegistry registry = AlgorithmRegistry.standard();

    public ResultTables(ResultFiles files, boolean timings) {
        this.files = files;
        this.timings = timings;
    }

    private static Map<String, List<String>> sources() {
        Map<String, List<String>> s = new LinkedHashMap<>();
        s.put("rating", List.of("rating-ml100k", "rating-mlsmall", "reference-surprise"));
        s.put("ranking-ml100k", List.of("ranking-ml100k"));
        List<String> seeds = new ArrayList<>(List.of("ranking-ml100k"));
        PublishedRuns.HELD_OUT_SEEDS.forEach(seed -> seeds.add("ranking-ml100k-seed" + seed));
        s.put("ranking-ml100k-seeds", seeds);
        s.put("ranking-mlsmall", List.of("ranking-mlsmall"));
        s.put("coldstart", List.of("coldstart-users-ml100k", "coldstart-users-mlsmall", "coldstart-items-ml100k",
                "coldstart-items-mlsmall"));
        s.put("serving", List.of("bench-recommend-mlsmall", "bench-recommend-gen1m"));
        s.put("speed", List.of("bench-parse-gen1m", "bench-import-gen1m", "bench-fit-gen1m"));
        return Map.copyOf(s);
    }

    /** The section's generated Markdown, ending with a newline. */
    public String render(String section) {
        List<String> sources = SOURCES.get(section);
        if (sources == null) {
            throw new IllegalArgumentException("unknown results section '" + section + "'; known: "
                    + String.join(", ", SOURCES.keySet().stream().sorted().toList()));
        }
        StringBuilder out = new StringBuilder();
        commands(out, sources);
        switch (section) {
            case "rating" -> rating(out);
            case "ranking-ml100k", "ranking-mlsmall" -> ranking(out, sources.get(0));
            case "ranking-ml100k-seeds" -> seeds(out, sources);
            case "coldstart" -> coldStart(out, sources);
            case "serving" -> serving(out);
            default -> speed(out);
        }
        out.append('\n').append("Files: ").append(sources.stream().map(n -> "`docs/results/" + n + ".json`")
                .collect(Collectors.joining(", "))).append(loads(sources)).append(".\n");
        return out.toString();
    }

    private void commands(StringBuilder out, List<String> sources) {
        out.append("```bash\n");
        for (String name : sources) {
            JsonNode run = files.read(name).path("run");
            if (run.has("command")) {
                out.append('.').append('/').append(run.path("command").asString().replace(" --no-progress", "")).append('\n');
            }
        }
        out.append("```\n\n");
    }

    private String loads(List<String> sources) {
        if (!timings) {
            return "";
        }
        double low = Double.MAX_VALUE;
        double high = -1;
        for (String name : sources) {
            JsonNode run = files.read(name).path("run");
            if (run.has("loadAverageBefore")) {
                for (String key : List.of("loadAverageBefore", "loadAverageAfter")) {
                    low = Math.min(low, run.path(key).asDouble());
                    high = Math.max(high, run.path(key).asDouble());
                }
            }
        }
        return high < 0 ? "" : String.format(Locale.ROOT, "; load average %.1f–%.1f during the runs (2 cores)", low, high);
    }

    private void rating(StringBuilder out) {
        JsonNode small = files.read("rating-mlsmall");
        JsonNode surprise = files.read("reference-surprise");
        out.append("| algorithm | ml-100k u1..u5 RMSE | Surprise | fit s/fold (Surprise) | ml-latest-small 5-fold RMSE ")
                .append("| Surprise | fit s/fold (Surprise) |\n|---|---:|---|---:|---:|---|---:|\n");
        JsonNode large = files.read("rating-ml100k");
        String best100k = best(large, "rmse", false);
        String bestSmall = best(small, "rmse", false);
        for (JsonNode r : large.path("results")) {
            String algo = r.path("algorithm").asString();
            JsonNode s = result(small, algo);
            out.append("| `").append(algo).append("` | ")
                    .append(bold(f4(mean(r, "rmse")), algo.equals(best100k))).append(" | ")
                    .append(reference(surprise, "ml-100k", algo, "model", "rmse")).append(" | ")
                    .append(seconds(mean(r, "fitSeconds"))).append(reference(surprise, "ml-100k", algo, "fitSeconds")).append(" | ")
                    .append(s == null ? "–" : bold(f4(mean(s, "rmse")), algo.equals(bestSmall))).append(" | ")
                    .append(reference(surprise, "ml-latest-small", algo, "model", "rmse")).append(" | ")
                    .append(s == null ? "–" : seconds(mean(s, "fitSeconds")))
                    .append(reference(surprise, "ml-latest-small", algo, "fitSeconds")).append(" |\n");
        }
    }

    private String reference(JsonNode surprise, String data, String algo, String... keys) {
        JsonNode r = surprise.path(data).path(algo);
        if (r.isMissingNode()) {
            return "";
        }
        if (keys.length == 1) {
            return timings ? " (" + r.path(keys[0]).asString() + ")" : "";
        }
        return r.path(keys[0]).asString() + " " + f4(r.path(keys[1]).asDouble());
    }

    private void ranking(StringBuilder out, String name) {
        JsonNode report = files.read(name);
        out.append("| algorithm (").append(report.path("data").asString()).append(") ").append(RANKING_HEADER)
                .append("\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        String best = best(report, "ndcg", true);
        for (JsonNode r : rankingRows(report, "ndcg")) {
            String algo = r.path("algorithm").asString();
            boolean top = algo.equals(best);
            String label = bold("`" + algo + "`", top) + (rankingOnly(algo) ? "" : " (best rating model)");
            out.append("| ").append(label).append(" | ").append(bold(f4(mean(r, "ndcg")), top)).append(" | ")
                    .append(f4(mean(r, "precision"))).append(" | ").append(f4(mean(r, "recall"))).append(" | ")
                    .append(f4(mean(r, "map"))).append(" | ").append(f3(mean(r, "coverage"))).append(" | ")
                    .append(f3(mean(r, "personalization"))).append(" | ").append(seconds(mean(r, "fitSeconds"))).append(" |\n");
        }
    }

    /** The ranking-only models in report order, then the rating model that ranks best. */
    private List<JsonNode> rankingRows(JsonNode report, String metric) {
        List<JsonNode> rows = new ArrayList<>();
        JsonNode bestRating = null;
        for (JsonNode r : report.path("results")) {
            if (rankingOnly(r.path("algorithm").asString())) {
                rows.add(r);
            } else if (bestRating == null || mean(r, metric) > mean(bestRating, metric)) {
                bestRating = r;
            }
        }
        if (bestRating != null) {
            rows.add(bestRating);
        }
        return rows;
    }

    private void seeds(StringBuilder out, List<String> sources) {
        JsonNode seed42 = files.read(sources.get(0));
        List<JsonNode> heldOut = sources.subList(1, sources.size()).stream().map(files::read).toList();
        String seedList = PublishedRuns.HELD_OUT_SEEDS.get(0) + "–"
                + PublishedRuns.HELD_OUT_SEEDS.get(PublishedRuns.HELD_OUT_SEEDS.size() - 1);
        out.append("| algorithm | nDCG@10, seed 42 | nDCG@10, seeds ").append(seedList).append(" | P@10, seeds ")
                .append(seedList).append(" | Recall@10, seeds ").append(seedList).append(" |\n|---|---:|---:|---:|---:|\n");
        for (JsonNode r : seed42.path("results")) {
            String algo = r.path("algorithm").asString();
            if (!rankingOnly(algo)) {
                continue;
            }
            out.append("| `").append(algo).append("` | ").append(f4(mean(r, "ndcg")));
            for (String metric : List.of("ndcg", "precision", "recall")) {
                double[] values = heldOut.stream().mapToDouble(report -> mean(result(report, algo), metric)).toArray();
                out.append(" | ").append(meanStd(values));
            }
            out.append(" |\n");
        }
    }

    private void coldStart(StringBuilder out, List<String> sources) {
        List<String> algorithms = List.of("popular", "ials", "hybrid", "content");
        out.append("| nDCG@10, seed 42 | data | ").append(algorithms.stream().map(a -> "`" + a + "`")
                .collect(Collectors.joining(" | "))).append(" |\n|---|---|").append("---:|".repeat(algorithms.size())).append('\n');
        for (String name : sources) {
            JsonNode report = files.read(name);
            out.append("| ").append(name.contains("users") ? "new users, 1 training rating" : "new movies, 20 % of the catalogue")
                    .append(" (`").append(report.path("split").asString()).append("`) | ").append(report.path("data").asString());
            for (String algo : algorithms) {
                JsonNode r = result(report, algo);
                out.append(" | ").append(r == null ? "–" : f4(mean(r, "ndcg")));
            }
            out.append(" |\n");
        }
    }

    private void serving(StringBuilder out) {
        JsonNode small = files.read("bench-recommend-mlsmall");
        JsonNode large = files.read("bench-recommend-gen1m");
        out.append("| model | ml-latest-small p50 ms (1 thread) | req/s (2 threads) | generated 1M p50 ms (1 thread) ")
                .append("| req/s (2 threads) |\n|---|---:|---:|---:|---:|\n");
        for (JsonNode row : small.path("rows")) {
            if (row.path("threads").asInt() != 1) {
                continue;
            }
            String algo = row.path("algorithm").asString();
            out.append("| `").append(algo).append("` | ").append(time("%.2f", row.path("p50Millis").asDouble())).append(" | ")
                    .append(time("%,.0f", servingRow(small, algo, 2).path("requestsPerSecond").asDouble())).append(" | ")
                    .append(time("%.2f", servingRow(large, algo, 1).path("p50Millis").asDouble())).append(" | ")
                    .append(time("%,.0f", servingRow(large, algo, 2).path("requestsPerSecond").asDouble())).append(" |\n");
        }
    }

    private static JsonNode servingRow(JsonNode bench, String algo, int threads) {
        for (JsonNode row : bench.path("rows")) {
            if (row.path("algorithm").asString().equals(algo) && row.path("threads").asInt() == threads) {
                return row;
            }
        }
        return MissingNode.getInstance();
    }

    private void speed(StringBuilder out) {
        out.append("| what | data | median wall s | CPU s | peak heap MB |\n|---|---|---:|---:|---:|\n");
        JsonNode parse = files.read("bench-parse-gen1m");
        for (JsonNode row : parse.path("rows")) {
            speedRow(out, "read the files into a `RatingMatrix` (warm), " + row.path("step").asString(), parse, row,
                    "medianSeconds", "medianCpuSeconds");
        }
        JsonNode store = files.read("bench-import-gen1m");
        for (JsonNode row : store.path("rows")) {
            String step = row.path("step").asString();
            speedRow(out, (step.equals("import") ? "import into " : "load the `RatingMatrix` back from ")
                    + store.path("context").path("vendor").asString() + (step.equals("import") ? " (one transaction)" : ""),
                    store, row, "medianSeconds", "medianCpuSeconds");
        }
        JsonNode fit = files.read("bench-fit-gen1m");
        for (JsonNode row : fit.path("rows")) {
            speedRow(out, "fit `" + row.path("algorithm").asString() + "` on " + String.format(Locale.ROOT, "%,d",
                    fit.path("context").path("ratings").asInt() - fit.path("context").path("testRatingsPerFold").asInt())
                    + " training ratings", fit, row, "medianFitSeconds", null);
        }
    }

    private void speedRow(StringBuilder out, String what, JsonNode bench, JsonNode row, String wall, String cpu) {
        out.append("| ").append(what).append(" | ").append(String.format(Locale.ROOT, "%,d", bench.path("context").path("ratings")
                .asInt(row.path("ratings").asInt()))).append(" ratings, ").append(bench.path("context").path("data").asString())
                .append(" | ").append(time("%.3f", row.path(wall).asDouble())).append(" | ")
                .append(cpu == null ? time("%.1f", row.path("cpuSeconds").asDouble()) : time("%.2f", row.path(cpu).asDouble()))
                .append(" | ").append(time("%,d", row.path("peakHeapMB").asLong())).append(" |\n");
    }

    private boolean rankingOnly(String algo) {
        return !registry.spec(algo).tasks().contains(Task.RATING);
    }

    /** The algorithm with the best mean of the metric: the highest, or the lowest. */
    private static String best(JsonNode report, String metric, boolean highest) {
        String best = null;
        double value = highest ? -Double.MAX_VALUE : Double.MAX_VALUE;
        for (JsonNode r : report.path("results")) {
            double v = mean(r, metric);
            if (highest ? v > value : v < value) {
                value = v;
                best = r.path("algorithm").asString();
            }
        }
        return best;
    }

    private static JsonNode result(JsonNode report, String algo) {
        for (JsonNode r : report.path("results")) {
            if (r.path("algorithm").asString().equals(algo)) {
                return r;
            }
        }
        return null;
    }

    private static double mean(JsonNode result, String metric) {
        if (result == null) {
            return Double.NaN;
        }
        JsonNode m = result.path("metrics").path(metric).path("mean");
        return m.isNumber() ? m.asDouble() : Double.NaN;
    }

    private static String meanStd(double[] values) {
        MetricSummary s = MetricSummary.of(values);
        return Double.isNaN(s.mean()) ? "–" : String.format(Locale.ROOT, "%.4f ± %.4f", s.mean(), s.std());
    }

    private String seconds(double v) {
        return time(v < 10 ? "%.3f" : "%.1f", v);
    }

    private String time(String format, double v) {
        return !timings ? HIDDEN : Double.isNaN(v) ? "–" : String.format(Locale.ROOT, format, v);
    }

    private String time(String format, long v) {
        return !timings ? HIDDEN : String.format(Locale.ROOT, format, v);
    }

    private static String bold(String text, boolean bold) {
        return bold ? "**" + text + "**" : text;
    }

    private static String f4(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String f3(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }
}
