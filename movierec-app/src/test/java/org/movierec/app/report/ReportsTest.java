package org.movierec.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.algo.Task;
import org.movierec.core.eval.AlgorithmResult;
import org.movierec.core.eval.EvaluationReport;
import org.movierec.core.eval.MetricSummary;
import org.movierec.core.eval.Protocol;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportsTest {

    private static EvaluationReport ratingReport() {
        Map<String, MetricSummary> svd = new LinkedHashMap<>();
        svd.put("rmse", MetricSummary.of(new double[] {0.86, 0.88}));
        svd.put("mae", MetricSummary.of(new double[] {0.67, 0.69}));
        svd.put("coverage", MetricSummary.of(new double[] {1, 1}));
        svd.put("predictSeconds", MetricSummary.of(new double[] {0.05, 0.07}));
        svd.put("fitSeconds", MetricSummary.of(new double[] {1.5, 2.5}));
        Map<String, MetricSummary> baseline = new LinkedHashMap<>(svd);
        baseline.put("rmse", MetricSummary.of(new double[] {0.94, 0.94}));
        return new EvaluationReport(new Protocol("ml-100k", "ml100k-u", 42, Task.RATING, 10, Double.NaN),
                List.of(new AlgorithmResult("svd", Map.of("factors", 100), svd), new AlgorithmResult("baseline", Map.of(), baseline)));
    }

    @Test
    void jsonHasTheDocumentedShape(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("r.json");
        Reports.writeJson(ratingReport(), "movierec 0.1.0", file);
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(root.get("data").asString()).isEqualTo("ml-100k");
        assertThat(root.get("split").asString()).isEqualTo("ml100k-u");
        assertThat(root.get("seed").asLong()).isEqualTo(42);
        assertThat(root.get("task").asString()).isEqualTo("rating");
        assertThat(root.get("k").isNull()).isTrue();
        JsonNode svd = root.get("results").get(0);
        assertThat(svd.get("algorithm").asString()).isEqualTo("svd");
        assertThat(svd.get("params").get("factors").asInt()).isEqualTo(100);
        assertThat(svd.get("metrics").get("rmse").get("mean").asDouble()).isCloseTo(0.87, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(svd.get("metrics").get("rmse").get("std").asDouble()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(svd.get("metrics").get("fitSeconds").get("folds").size()).isEqualTo(2);
    }

    @Test
    void rankingJsonNamesKAndThresholdAndWritesNaNAsNull() {
        Map<String, MetricSummary> m = new LinkedHashMap<>();
        m.put("ndcg", MetricSummary.of(new double[] {0.45}));
        m.put("personalization", MetricSummary.of(new double[] {Double.NaN}));
        EvaluationReport report = new EvaluationReport(new Protocol("ml-100k", "user-holdout:0.25", 42, Task.RANKING, 10, 4),
                List.of(new AlgorithmResult("popular", Map.of(), m)));
        var root = Reports.json(report, "movierec 0.1.0");
        assertThat(root.get("task").asString()).isEqualTo("ranking");
        assertThat(root.get("k").asInt()).isEqualTo(10);
        assertThat(root.get("relevanceThreshold").asDouble()).isEqualTo(4.0);
        assertThat(root.get("results").get(0).get("metrics").get("personalization").get("mean").isNull()).isTrue();
        assertThat(Reports.describe(report.protocol(), "movierec 0.1.0")).contains("ranking top 10").contains("≥ 4");
    }

    @Test
    void tableShowsMeanAndStdWithMetricsBeforeTimes() {
        String table = Reports.table(ratingReport());
        String[] lines = table.split("\n");
        assertThat(lines[0]).startsWith("algorithm").contains("rmse").contains("fit s");
        assertThat(lines[0].indexOf("coverage")).isLessThan(lines[0].indexOf("predict s"));
        assertThat(lines[2]).startsWith("svd").contains("0.8700 ± 0.0100").contains("2.000 ± 0.500");
        assertThat(lines[3]).startsWith("baseline").contains("0.9400 ± 0.0000");
    }

    @Test
    void oneFoldShowsMeansAloneAndRepeatedNamesShowParameters() {
        Map<String, MetricSummary> m = Map.of("rmse", MetricSummary.of(new double[] {0.9}));
        EvaluationReport report = new EvaluationReport(new Protocol("d", "holdout:0.2", 1, Task.RATING, 10, Double.NaN),
                List.of(new AlgorithmResult("svd", Map.of("factors", 50), m), new AlgorithmResult("svd", Map.of("factors", 100), m)));
        String[] lines = Reports.table(report).split("\n");
        assertThat(lines[2]).startsWith("svd:factors=50").endsWith("0.9000").doesNotContain("±");
        assertThat(lines[3]).startsWith("svd:factors=100");
        assertThat(HtmlReport.render(report, "v")).contains("One fold.").contains(">svd:factors=100<");
    }

    @Test
    void csvHasOneRowPerAlgorithm(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("r.csv");
        Reports.writeCsv(ratingReport(), "movierec 0.1.0", file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("data,split,seed,task,k,relevance_threshold,version,algorithm,params,rmse,rmse_std");
        assertThat(lines.get(1)).startsWith("ml-100k,ml100k-u,42,rating,,,movierec 0.1.0,svd,factors=100,0.87");
    }

    @Test
    void htmlIsSelfContainedWithProtocolTableAndCharts() {
        String html = HtmlReport.render(ratingReport(), "movierec 0.1.0");
        assertThat(html).contains("<dd>ml-100k</dd>").contains("<dd>ml100k-u</dd>").contains("<dd>42</dd>")
                .contains("<dd>movierec 0.1.0</dd>").contains("0.8700 ± 0.0100");
        assertThat(html.split("<svg ", -1)).hasSize(6);
        assertThat(html).doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=\"http");
        assertThat(HtmlReport.esc("<a & \"b\">")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;");
    }
}
