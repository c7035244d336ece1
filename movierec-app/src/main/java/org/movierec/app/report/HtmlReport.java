package org.movierec.app.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.movierec.core.algo.Task;
import org.movierec.core.eval.AlgorithmResult;
import org.movierec.core.eval.EvaluationReport;
import org.movierec.core.eval.MetricSummary;
import org.movierec.core.eval.Protocol;

/**
 * The evaluation report as one self-contained HTML page: the protocol, the table (mean ± std per
 * metric) and a horizontal bar chart per metric with ±std whiskers, drawn as inline SVG (no script,
 * no external file: the page works offline).
 */
public final class HtmlReport {
    private static final int BAR_HEIGHT = 22;
    private static final int LABEL_WIDTH = 260;
    private static final int PLOT_WIDTH = 420;
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
        "#ff9da7", "#9c755f", "#bab0ac"};

    private HtmlReport() {
    }

    /** Writes the page. */
    public static void write(EvaluationReport report, String version, Path file) throws IOException {
        Reports.writeString(file, render(report, version));
    }

    /** The page's HTML. */
    public static String render(EvaluationReport report, String version) {
        Protocol p = report.protocol();
        List<String> keys = Reports.metricKeys(report);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>movierec evaluation: ")
                .append(esc(p.data())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}\n")
                .append("table{border-collapse:collapse;margin:1em 0}th,td{padding:4px 10px;border-bottom:1px solid #ddd;text-align:right}\n")
                .append("th:first-child,td:first-child{text-align:left}th{background:#f4f4f4}\n")
                .append("dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{font-weight:600}\n")
                .append(".charts{display:flex;flex-wrap:wrap;gap:1.5em}.chart h3{margin:.2em 0;font-size:1em}\n")
                .append(".note{color:#666;font-size:.9em}\n</style>\n</head>\n<body>\n");
        h.append("<h1>movierec evaluation</h1>\n<dl>\n");
        item(h, "data set", p.data());
        item(h, "split", p.split());
        item(h, "seed", Long.toString(p.seed()));
        item(h, "task", p.task() == Task.RATING ? "rating prediction" : "ranking (top-N)");
        if (p.task() == Task.RANKING) {
            item(h, "k", Integer.toString(p.k()));
            item(h, "relevance", p.hasRelevanceThreshold() ? "test ratings ≥ " + Reports.number(p.relevanceThreshold())
                    : "every test rating");
            item(h, "candidates", "every item the user did not rate in training");
        }
        item(h, "version", version);
        h.append("</dl>\n<h2>Results</h2>\n<p class=\"note\">").append(Reports.hasSeveralFolds(report)
                ? "Mean ± standard deviation (population) over folds." : "One fold.").append("</p>\n<table>\n<tr><th>algorithm</th>");
        for (String k : keys) {
            h.append("<th>").append(esc(MetricFormat.heading(k))).append("</th>");
        }
        h.append("</tr>\n");
        for (AlgorithmResult r : report.results()) {
            h.append("<tr><td title=\"").append(esc(Reports.label(r))).append("\">").append(esc(Reports.rowName(report, r))).append("</td>");
            for (String k : keys) {
                h.append("<td>").append(esc(Reports.cell(report, r, k))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<h2>Charts</h2>\n<div class=\"charts\">\n");
        for (String k : keys) {
            chart(h, report, k);
        }
        h.append("</div>\n<h2>Parameters</h2>\n<ul>\n");
        for (AlgorithmResult r : report.results()) {
            h.append("<li><code>").append(esc(Reports.label(r))).append("</code></li>\n");
        }
        h.append("</ul>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void chart(StringBuilder h, EvaluationReport report, String key) {
        List<AlgorithmResult> results = report.results();
        double max = 0;
        for (AlgorithmResult r : results) {
            MetricSummary s = r.metrics().get(key);
            if (s != null && Double.isFinite(s.mean())) {
                max = Math.max(max, s.mean() + (Double.isFinite(s.std()) ? s.std() : 0));
            }
        }
        if (max <= 0) {
            max = 1;
        }
        int height = results.size() * (BAR_HEIGHT + 6) + 10;
        int width = LABEL_WIDTH + PLOT_WIDTH + 80;
        boolean lower = key.equals("rmse") || key.equals("mae") || key.endsWith("Seconds");
        h.append("<div class=\"chart\"><h3>").append(esc(MetricFormat.heading(key)))
                .append(lower ? " <span class=\"note\">(lower is better)</span>" : " <span class=\"note\">(higher is better)</span>")
                .append("</h3>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(key)).append(" by algorithm\" font-size=\"12\">\n");
        for (int j = 0; j < results.size(); j++) {
            AlgorithmResult r = results.get(j);
            MetricSummary s = r.metrics().get(key);
            int y = 5 + j * (BAR_HEIGHT + 6);
            h.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + BAR_HEIGHT / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(esc(Reports.rowName(report, r))).append("</text>\n");
            if (s == null || !Double.isFinite(s.mean())) {
                h.append("<text x=\"").append(LABEL_WIDTH + 4).append("\" y=\"").append(y + BAR_HEIGHT / 2 + 4).append("\">–</text>\n");
                continue;
            }
            double w = Math.max(0, s.mean()) / max * PLOT_WIDTH;
            h.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(COLOURS[j % COLOURS.length])
                    .append("\"><title>").append(esc(r.algorithm() + ": " + MetricFormat.value(key, s.mean()) + " ± "
                            + MetricFormat.value(key, s.std()))).append("</title></rect>\n");
            if (Double.isFinite(s.std()) && s.std() > 0) {
                double lo = LABEL_WIDTH + Math.max(0, s.mean() - s.std()) / max * PLOT_WIDTH;
                double hi = LABEL_WIDTH + (s.mean() + s.std()) / max * PLOT_WIDTH;
                int mid = y + BAR_HEIGHT / 2;
                h.append("<path d=\"M").append(fmt(lo)).append(' ').append(mid).append("H").append(fmt(hi))
                        .append("M").append(fmt(lo)).append(' ').append(mid - 4).append("V").append(mid + 4)
                        .append("M").append(fmt(hi)).append(' ').append(mid - 4).append("V").append(mid + 4)
                        .append("\" stroke=\"#222\" fill=\"none\"/>\n");
            }
            h.append("<text x=\"").append(fmt(LABEL_WIDTH + w + 6 + (s.std() > 0 ? s.std() / max * PLOT_WIDTH : 0)))
                    .append("\" y=\"").append(y + BAR_HEIGHT / 2 + 4).append("\">").append(esc(MetricFormat.value(key, s.mean())))
                    .append("</text>\n");
        }
        h.append("</svg></div>\n");
    }

    private static void item(StringBuilder h, String name, String value) {
        h.append("<dt>").append(esc(name)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
