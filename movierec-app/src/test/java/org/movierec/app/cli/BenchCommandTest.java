package org.movierec.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.io.SyntheticReleaseGenerator;
import org.movierec.core.util.Progress;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bench commands on a tiny generated release: the structure of their tables, never their timings. */
class BenchCommandTest {
    private static final int RATINGS = 3000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path folder;

    static Path release;

    @BeforeAll
    static void generate() throws IOException {
        release = folder.resolve("tiny");
        SyntheticReleaseGenerator.generate(new SyntheticReleaseGenerator.Spec(120, 80, RATINGS, "ml-1m", 7), release,
                Progress.NONE);
    }

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = MovierecCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void parseReportsRunsOfTheWholeRelease() throws IOException {
        Path json = folder.resolve("parse.json");
        Path markdown = folder.resolve("out/parse.md");
        Run run = run("bench", "parse", "--data", release.toString(), "--runs", "2", "--json", json.toString(),
                "--markdown", markdown.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("movierec bench parse\n").contains("  data: tiny\n").contains("  cores: ")
                .contains("wrote " + json).contains("wrote " + markdown);
        List<String> lines = run.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("step ")).findFirst().orElseThrow());
        assertThat(lines.get(header)).contains("median s").contains("ratings/s").contains("peak heap MB");
        assertThat(lines.get(header + 1)).matches("-+");
        assertThat(lines.get(header + 2)).startsWith("parse").contains("3,000");

        JsonNode root = JSON.readTree(json.toFile());
        assertThat(root.get("benchmark").asString()).isEqualTo("movierec bench parse");
        assertThat(root.get("context").get("users").asInt()).isEqualTo(120);
        assertThat(root.get("rows")).hasSize(1);
        JsonNode row = root.get("rows").get(0);
        assertThat(fieldNames(row)).containsExactly("step", "ratings", "runs", "minSeconds", "medianSeconds", "maxSeconds",
                "ratingsPerSecond", "medianCpuSeconds", "peakHeapMB");
        assertThat(row.get("ratings").asInt()).isEqualTo(RATINGS);
        assertThat(row.get("runs").asInt()).isEqualTo(2);
        assertThat(row.get("minSeconds").asDouble()).isPositive().isLessThanOrEqualTo(row.get("medianSeconds").asDouble());
        assertThat(row.get("medianSeconds").asDouble()).isLessThanOrEqualTo(row.get("maxSeconds").asDouble());
        assertThat(row.get("peakHeapMB").asLong()).isPositive();

        List<String> md = Files.readAllLines(markdown);
        assertThat(md.get(0)).isEqualTo("### movierec bench parse");
        assertThat(md).contains("| step | ratings | runs | min s | median s | max s | ratings/s | cpu s | peak heap MB |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        assertThat(md.get(md.size() - 1)).startsWith("| parse | 3,000 | 2 | ");
    }

    @Test
    void fitReportsEveryAlgorithmOverEveryFold() throws IOException {
        Path json = folder.resolve("fit.json");
        Run run = run("bench", "fit", "--data", release.toString(), "--algorithms", "baseline,svd:factors=5,epochs=3",
                "--split", "kfold:3", "--seed", "5", "--json", json.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("  split: kfold:3\n").contains("  seed: 5\n").contains("fit s (median)")
                .contains("predict s (median)").contains("cpu/wall");
        JsonNode root = JSON.readTree(json.toFile());
        assertThat(root.get("context").get("task").asString()).isEqualTo("rating");
        assertThat(root.get("context").get("testRatingsPerFold").asInt()).isEqualTo(RATINGS / 3);
        JsonNode rows = root.get("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("algorithm").asString()).isEqualTo("baseline");
        assertThat(rows.get(1).get("algorithm").asString()).isEqualTo("svd:factors=5,epochs=3");
        for (JsonNode row : rows) {
            assertThat(fieldNames(row)).containsExactly("algorithm", "folds", "runs", "medianFitSeconds", "maxFitSeconds",
                    "medianPredictSeconds", "maxPredictSeconds", "rmse", "cpuSeconds", "cpuPerWall", "peakHeapMB", "gcSeconds");
            assertThat(row.get("folds").asInt()).isEqualTo(3);
            assertThat(row.get("runs").asInt()).isEqualTo(1);
            assertThat(row.get("medianFitSeconds").asDouble()).isPositive()
                    .isLessThanOrEqualTo(row.get("maxFitSeconds").asDouble());
            assertThat(row.get("rmse").asDouble()).isBetween(0.3, 2.0);
        }
    }

    @Test
    void fitForRankingReportsNdcgAtK() throws IOException {
        Path json = folder.resolve("fit-ranking.json");
        Run run = run("bench", "fit", "--data", release.toString(), "--algorithms", "popular", "--task", "ranking", "--k", "5",
                "--split", "holdout:0.2", "--runs", "2", "--json", json.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("ndcg@5");
        JsonNode row = JSON.readTree(json.toFile()).get("rows").get(0);
        assertThat(row.get("folds").asInt()).isEqualTo(1);
        assertThat(row.get("runs").asInt()).isEqualTo(2);
        assertThat(row.get("ndcg").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void recommendReportsEachAlgorithmAtEachThreadCount() throws IOException {
        Path json = folder.resolve("recommend.json");
        Run run = run("bench", "recommend", "--data", release.toString(), "--algorithms", "popular,ease", "--threads", "1,2",
                "--seconds", "0.2", "--warmup", "0", "--profiles", "20", "--profile-size", "5", "--json", json.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("  profiles: 20 x 5 ratings\n").contains("p99 ms");
        JsonNode rows = JSON.readTree(json.toFile()).get("rows");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get("algorithm").asString()).isEqualTo("popular");
        assertThat(rows.get(3).get("algorithm").asString()).isEqualTo("ease");
        assertThat(rows.get(3).get("threads").asInt()).isEqualTo(2);
        for (JsonNode row : rows) {
            assertThat(row.get("requests").asInt()).isPositive();
            assertThat(row.get("p50Millis").asDouble()).isPositive().isLessThanOrEqualTo(row.get("p99Millis").asDouble());
            assertThat(row.get("p99Millis").asDouble()).isLessThanOrEqualTo(row.get("maxMillis").asDouble());
        }
    }

    @Test
    void recommendRefusesProfilesLargerThanAnyUser() {
        Run run = run("bench", "recommend", "--data", release.toString(), "--algorithms", "popular", "--profile-size", "1000");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("movierec: no user of the data set has 1000 ratings");
    }

    @Test
    void importThenLoadBack() throws IOException {
        Path json = folder.resolve("import.json");
        String db = folder.resolve("bench.db").toString();
        Run run = run("bench", "import", "--data", release.toString(), "--database", db, "--runs", "2", "--json",
                json.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(json.toFile());
        assertThat(root.get("context").get("vendor").asString()).isEqualTo("sqlite");
        JsonNode rows = root.get("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("step").asString()).isEqualTo("import");
        assertThat(rows.get(0).get("runs").asInt()).isEqualTo(1);
        assertThat(rows.get(1).get("step").asString()).isEqualTo("load");
        assertThat(rows.get(1).get("runs").asInt()).isEqualTo(2);
        assertThat(rows).allSatisfy(row -> assertThat(row.get("ratings").asInt()).isEqualTo(RATINGS));

        Run again = run("bench", "import", "--data", release.toString(), "--database", db);
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).startsWith("movierec: bench import needs an empty database").contains("3000 ratings")
                .doesNotContain("Exception");
    }

    @Test
    void badRunsAndUnknownAlgorithmsAreOneSentence() {
        Run run = run("bench", "parse", "--data", release.toString(), "--runs", "0");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("movierec: --runs must be at least 1, got 0" + System.lineSeparator());

        run = run("bench", "fit", "--data", release.toString(), "--algorithms", "nonesuch");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("movierec: unknown algorithm 'nonesuch'");
    }

    @Test
    void fitRefusesBeforeFittingAnything() {
        Path json = folder.resolve("refused.json");
        Run run = run("bench", "fit", "--data", release.toString(), "--algorithms", "popular,itemknn-implicit:interpolation=1,max-items=2",
                "--task", "ranking", "--split", "holdout:0.2", "--json", json.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("movierec: itemknn-implicit with interpolation weights would hold the Gram matrix of")
                .contains("nothing was fitted");
        assertThat(json).doesNotExist();
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(BenchCommand.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(BenchCommand.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
        assertThat(BenchCommand.median(new double[0])).isNaN();
    }

    @Test
    void rowNameKeepsOnlyTheChangedParameters() {
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        assertThat(BenchCommand.rowName(registry, registry.parse("svd"))).isEqualTo("svd");
        assertThat(BenchCommand.rowName(registry, registry.parse("svd:factors=10,reg=0.08"))).isEqualTo("svd:factors=10");
    }
}
