package org.movierec.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.movierec.core.algo.Task;
import org.movierec.core.eval.AlgorithmResult;
import org.movierec.core.eval.EvaluationReport;
import org.movierec.core.eval.MetricSummary;
import org.movierec.core.eval.Protocol;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link EvaluationReport} as a plain-text table, JSON, CSV or a self-contained HTML page.
 * Every form names the protocol: data, split, seed, task, k and relevance threshold (ranking), and
 * the movierec version.
 */
public final class Reports {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Reports() {
    }

    /** The metrics measured by any algorithm of the report, in report order. */
    static List<String> metricKeys(EvaluationReport report) {
        Set<String> keys = new LinkedHashSet<>();
        for (AlgorithmResult r : report.results()) {
            keys.addAll(r.metrics().keySet());
        }
        List<String> ordered = new ArrayList<>();
        for (String k : keys) {
            if (!k.endsWith("Seconds")) {
                ordered.add(k);
            }
        }
        for (String k : keys) {
            if (k.endsWith("Seconds")) {
                ordered.add(k);
            }
        }
        return ordered;
    }

    /** One line naming the protocol, e.g. "ml-100k, split ml100k-u, seed 42, rating prediction". */
    public static String describe(Protocol p, String version) {
        StringBuilder s = new StringBuilder(p.data()).append(", split ").append(p.split()).append(", seed ").append(p.seed());
        if (p.task() == Task.RATING) {
            s.append(", rating prediction");
        } else {
            s.append(", ranking top ").append(p.k())
                    .append(p.hasRelevanceThreshold() ? ", relevant: test ratings ≥ " + number(p.relevanceThreshold())
                            : ", relevant: every test rating");
        }
        return s.append(", ").append(version).toString();
    }

    /** An algorithm with its parameters as on the command line: "svd:factors=100,reg=0.02". */
    public static String label(AlgorithmResult r) {
        if (r.params().isEmpty()) {
            return r.algorithm();
        }
        return r.algorithm() + ":" + r.params().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** The report as an aligned text table: one row per algorithm, "mean ± std" per metric (the mean alone for one fold). */
    public static String table(EvaluationReport report) {
        List<String> keys = metricKeys(report);
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[keys.size() + 1];
        header[0] = "algorithm";
        for (int j = 0; j < keys.size(); j++) {
            header[j + 1] = MetricFormat.heading(keys.get(j));
        }
        rows.add(header);
        for (AlgorithmResult r : report.results()) {
            String[] row = new String[keys.size() + 1];
            row[0] = rowName(report, r);
            for (int j = 0; j < keys.size(); j++) {
                row[j + 1] = cell(report, r, keys.get(j));
            }
            rows.add(row);
        }
        int[] width = new int[header.length];
        for (String[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                width[j] = Math.max(width[j], row[j].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int j = 0; j < row.length; j++) {
                String cell = row[j];
                out.append(j == 0 ? cell + " ".repeat(width[j] - cell.length()) : "  " + " ".repeat(width[j] - cell.length()) + cell);
            }
            out.append('\n');
            if (r == 0) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                out.append("-".repeat(total - 2)).append('\n');
            }
        }
        return out.toString();
    }

    /** True when the report has more than one fold, so a standard deviation is worth showing. */
    static boolean hasSeveralFolds(EvaluationReport report) {
        for (AlgorithmResult r : report.results()) {
            for (MetricSummary s : r.metrics().values()) {
                if (s.folds().length > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A table cell: "mean ± std" over several folds, the value alone for one fold, "–" when not measured. */
    static String cell(EvaluationReport report, AlgorithmResult r, String key) {
        MetricSummary s = r.metrics().get(key);
        if (s == null) {
            return "–";
        }
        return hasSeveralFolds(report) ? MetricFormat.value(key, s.mean()) + " ± " + MetricFormat.value(key, s.std())
                : MetricFormat.value(key, s.mean());
    }

    /** The algorithm's name, or its name with parameters when the report holds the name more than once. */
    static String rowName(EvaluationReport report, AlgorithmResult r) {
        long same = report.results().stream().filter(o -> o.algorithm().equals(r.algorithm())).count();
        return same > 1 ? label(r) : r.algorithm();
    }

    /** The report as a JSON tree (see docs/EVALUATION.md for the shape). NaN is written as null. */
    public static ObjectNode json(EvaluationReport report, String version) {
        Protocol p = report.protocol();
        ObjectNode root = JSON.createObjectNode();
        root.put("data", p.data());
        root.put("split", p.split());
        root.put("seed", p.seed());
        root.put("task", p.task().name().toLowerCase(Locale.ROOT));
        if (p.task() == Task.RANKING) {
            root.put("k", p.k());
        } else {
            root.putNull("k");
        }
        putNumber(root, "relevanceThreshold", p.relevanceThreshold());
        root.put("version", version);
        ArrayNode results = root.putArray("results");
        for (AlgorithmResult r : report.results()) {
            ObjectNode node = results.addObject();
            node.put("algorithm", r.algorithm());
            ObjectNode params = node.putObject("params");
            for (Map.Entry<String, Object> e : r.params().entrySet()) {
                putParam(params, e.getKey(), e.getValue());
            }
            ObjectNode metrics = node.putObject("metrics");
            for (Map.Entry<String, MetricSummary> m : r.metrics().entrySet()) {
                ObjectNode summary = metrics.putObject(m.getKey());
                putNumber(summary, "mean", m.getValue().mean());
                putNumber(summary, "std", m.getValue().std());
                ArrayNode folds = summary.putArray("folds");
                for (double v : m.getValue().folds()) {
                    if (Double.isNaN(v)) {
                        folds.addNull();
                    } else {
                        folds.add(v);
                    }
                }
            }
        }
        if (!report.failures().isEmpty()) {
            ObjectNode failures = root.putObject("failures");
            report.failures().forEach(failures::put);
        }
        return root;
    }

    /** Writes the JSON report, pretty-printed. */
    public static void writeJson(EvaluationReport report, String version, Path file) throws IOException {
        writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(report, version)) + "\n");
    }

    /** Writes a JSON tree, pretty-printed. */
    public static void writeJson(ObjectNode node, Path file) throws IOException {
        writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
    }

    /** A new empty JSON object. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /**
     * Writes the CSV report: one row per algorithm with the protocol's columns, the algorithm and its
     * parameters, then the mean and std of each metric (columns METRIC and METRIC_std).
     */
    public static void writeCsv(EvaluationReport report, String version, Path file) throws IOException {
        List<String> keys = metricKeys(report);
        Protocol p = report.protocol();
        StringBuilder out = new StringBuilder("data,split,seed,task,k,relevance_threshold,version,algorithm,params");
        for (String k : keys) {
            out.append(',').append(k).append(',').append(k).append("_std");
        }
        out.append('\n');
        for (AlgorithmResult r : report.results()) {
            out.append(csv(p.data())).append(',').append(csv(p.split())).append(',').append(p.seed()).append(',')
                    .append(p.task().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(p.task() == Task.RANKING ? Integer.toString(p.k()) : "").append(',')
                    .append(p.hasRelevanceThreshold() ? number(p.relevanceThreshold()) : "").append(',')
                    .append(csv(version)).append(',').append(csv(r.algorithm())).append(',')
                    .append(csv(r.params().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining(","))));
            for (String k : keys) {
                MetricSummary s = r.metrics().get(k);
                out.append(',').append(s == null || Double.isNaN(s.mean()) ? "" : Double.toString(s.mean()))
                        .append(',').append(s == null || Double.isNaN(s.std()) ? "" : Double.toString(s.std()));
            }
            out.append('\n');
        }
        writeString(file, out.toString());
    }

    static void writeString(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text);
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static void putNumber(ObjectNode node, String key, double v) {
        if (Double.isNaN(v)) {
            node.putNull(key);
        } else {
            node.put(key, v);
        }
    }

    private static void putParam(ObjectNode node, String key, Object v) {
        if (v instanceof Integer i) {
            node.put(key, i);
        } else if (v instanceof Long l) {
            node.put(key, l);
        } else if (v instanceof Number n) {
            node.put(key, n.doubleValue());
        } else if (v instanceof Boolean b) {
            node.put(key, b);
        } else {
            node.put(key, String.valueOf(v));
        }
    }
}
