package org.movierec.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The evaluation commands end to end on the real ml-100k (skipped when MOVIEREC_DATASETS is unset). */
class CommandsEndToEndTest {
    private static Path ml100k;

    @TempDir
    Path tmp;

    @BeforeAll
    static void data() {
        String root = System.getenv("MOVIEREC_DATASETS");
        Assumptions.assumeTrue(root != null && !root.isBlank(), "MOVIEREC_DATASETS is not set: skipping the end-to-end test");
        ml100k = Path.of(root, "ml-100k");
        Assumptions.assumeTrue(Files.isRegularFile(ml100k.resolve("u.data")), "no ml-100k under MOVIEREC_DATASETS");
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = MovierecCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static JsonNode json(Path file) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(file));
    }

    @Test
    void evaluatesBaselineOnTheCanonicalFolds() throws IOException {
        Path json = tmp.resolve("r.json");
        Path html = tmp.resolve("r.html");
        Path csv = tmp.resolve("r.csv");
        Run r = run("evaluate", "--data", ml100k.toString(), "--algorithms", "baseline", "--split", "ml100k-u", "--seed", "42",
                "--json", json.toString(), "--html", html.toString(), "--csv", csv.toString(), "--no-progress");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("ml-100k, split ml100k-u, seed 42").contains("baseline").contains("±");
        JsonNode root = json(json);
        assertThat(root.get("split").asString()).isEqualTo("ml100k-u");
        JsonNode rmse = root.get("results").get(0).get("metrics").get("rmse");
        assertThat(root.get("results").get(0).get("algorithm").asString()).isEqualTo("baseline");
        assertThat(rmse.get("folds").size()).isEqualTo(5);
        assertThat(rmse.get("mean").asDouble()).isBetween(0.90, 0.96);
        assertThat(Files.readString(html)).contains("<svg").contains("ml100k-u");
        assertThat(Files.readAllLines(csv)).hasSize(2);
    }

    @Test
    void ranksWithPopularOnTheMicrosoftProtocol() throws IOException {
        Path json = tmp.resolve("k.json");
        Run r = run("evaluate", "--task", "ranking", "--k", "10", "--data", ml100k.toString(), "--algorithms", "popular",
                "--split", "user-holdout:0.25", "--seed", "42", "--json", json.toString(), "--no-progress");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode metrics = json(json).get("results").get(0).get("metrics");
        assertThat(metrics.get("ndcg").get("mean").asDouble()).isBetween(0.24, 0.27);
        for (String key : new String[] {"precision", "recall", "map", "mrr", "hitRate", "coverage", "novelty", "diversity",
            "personalization"}) {
            assertThat(metrics.has(key)).as(key).isTrue();
        }
    }

    @Test
    void tunesByGridAndWritesTheBest() throws IOException {
        Path best = tmp.resolve("best.json");
        Run r = run("tune", "--data", ml100k.toString(), "--algorithm", "baseline", "--grid", "epochs=1,10", "--split", "kfold:3",
                "--out", best.toString(), "--no-progress");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode root = json(best);
        assertThat(root.get("metric").asString()).isEqualTo("rmse");
        assertThat(root.get("trials").size()).isEqualTo(2);
        double a = root.get("trials").get(0).get("mean").asDouble();
        double b = root.get("trials").get(1).get("mean").asDouble();
        assertThat(root.get("mean").asDouble()).isEqualTo(Math.min(a, b));
        assertThat(root.get("spec").asString()).isEqualTo("baseline:epochs=" + root.get("params").get("epochs").asString());
        assertThat(r.out()).contains("best: baseline:epochs=");
    }

    @Test
    void tunesARankerOnValidationFoldsCarvedFromTraining() throws IOException {
        Path best = tmp.resolve("knn.json");
        Run r = run("tune", "--task", "ranking", "--data", ml100k.toString(), "--algorithm", "itemknn-implicit",
                "--grid", "interpolation=0,500", "--split", "user-holdout:0.25", "--validate", "user-holdout:0.25",
                "--out", best.toString(), "--no-progress");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("on user-holdout:0.25 within the training part of user-holdout:0.25");
        JsonNode root = json(best);
        assertThat(root.get("metric").asString()).isEqualTo("ndcg");
        assertThat(root.get("validate").asString()).isEqualTo("user-holdout:0.25");
        // validation nDCG@10 is lower than on the test fold (less training data, and the held-back test items count as misses)
        double plain = root.get("trials").get(0).get("mean").asDouble();
        double interpolated = root.get("trials").get(1).get("mean").asDouble();
        assertThat(plain).isBetween(0.2, 0.4);
        assertThat(interpolated).isGreaterThan(plain);
        assertThat(root.get("spec").asString()).isEqualTo("itemknn-implicit:interpolation=500");

        Run bad = run("tune", "--task", "ranking", "--data", ml100k.toString(), "--algorithm", "popular", "--grid", "by=count",
                "--validate", "ml100k-u", "--out", best.toString(), "--no-progress");
        assertThat(bad.status()).isNotZero();
        assertThat(bad.err()).contains("--validate ml100k-u");
    }

    @Test
    void trainsThenRecommendsUnseenMovies() throws IOException {
        Path model = tmp.resolve("baseline.model");
        Run t = run("train", "--data", ml100k.toString(), "--algorithm", "baseline", "--out", model.toString(), "--no-progress");
        assertThat(t.status()).as(t.err()).isZero();
        Run r = run("recommend", "--model", model.toString(), "--data", ml100k.toString(), "--user", "1", "-n", "5");
        assertThat(r.status()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(5);
        Set<String> rated = new HashSet<>();
        for (String line : Files.readAllLines(ml100k.resolve("u.data"))) {
            String[] f = line.split("\t");
            if (f[0].equals("1")) {
                rated.add(f[1]);
            }
        }
        for (String line : lines) {
            String[] f = line.split("\t");
            assertThat(f).hasSize(3);
            assertThat(rated).doesNotContain(f[0]);
        }
        assertThat(run("algorithms").out()).contains("baseline");
    }
}
