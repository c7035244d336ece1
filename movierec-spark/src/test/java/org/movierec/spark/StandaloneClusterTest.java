package org.movierec.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelFile;
import picocli.CommandLine;

/**
 * The commands on a real standalone cluster (Spark's Master and one Worker as separate JVMs, executors
 * launched by the worker), kept small for CI: tiny data, one worker, 512 MB executors.
 */
class StandaloneClusterTest {
    @TempDir
    static Path dir;
    private static LocalCluster cluster;
    private static String master;

    @BeforeAll
    static void start() throws Exception {
        cluster = new LocalCluster(dir.resolve("cluster"));
        master = cluster.start(1, "768m", 1, 0, 0).master();
    }

    @AfterAll
    static void stop() throws IOException {
        if (cluster != null) {
            assertThat(cluster.stop()).as("processes stopped").isEqualTo(2);
            assertThat(cluster.running()).isEmpty();
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = MovierecSpark.commandLine(args);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args.length > 0 && args[0].equals("recommend-all") ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void trainsEvaluatesAndRecommendsForEveryUserOnTheCluster() throws IOException {
        Path data = TinyRatings.write(dir.resolve("tiny"));
        Path model = dir.resolve("models/ials.model");
        Run train = run("--master", master, "--executor-memory", "512m", "--data", data.toString(), "--algorithm", "ials",
                "--factors", "3", "--iterations", "4", "--evaluate", "holdout:0.2", "--out", model.toString());
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(train.out()).contains("Trained with Spark 4.2.0 MLlib ALS (" + master).contains("Evaluated on the cluster (holdout:0.2")
                .contains("recall@10=");
        ModelFile.Loaded loaded = ModelFile.load(model, AlgorithmRegistry.standard());
        assertThat(loaded.algorithm()).isEqualTo("ials");
        assertThat(loaded.users().size()).isEqualTo(TinyRatings.USERS);
        assertThat(Files.exists(Path.of(model + ".factors"))).as("the executors' factor files are removed").isFalse();

        Path top = dir.resolve("top");
        Run all = run("recommend-all", "--master", master, "--executor-memory", "512m", "--model", model.toString(), "--data",
                data.toString(), "-n", "4", "--out", top.toString());
        assertThat(all.code()).as(all.err()).isZero();
        Map<Integer, Set<Integer>> rated = new HashMap<>();
        for (String line : Files.readAllLines(data.resolve("ratings.csv")).subList(1, Files.readAllLines(data.resolve("ratings.csv")).size())) {
            String[] f = line.split(",");
            rated.computeIfAbsent(Integer.parseInt(f[0]), u -> new HashSet<>()).add(Integer.parseInt(f[1]));
        }
        Map<Integer, Integer> rows = new HashMap<>();
        try (Stream<Path> parts = Files.list(top)) {
            for (Path part : parts.filter(p -> p.toString().endsWith(".csv")).toList()) {
                List<String> lines = Files.readAllLines(part);
                assertThat(lines.get(0)).isEqualTo("userId,movieId,rank,score");
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split(",");
                    int user = Integer.parseInt(f[0]);
                    assertThat(rated.get(user)).as("user %d's rated movies", user).doesNotContain(Integer.parseInt(f[1]));
                    rows.merge(user, 1, Integer::sum);
                }
            }
        }
        assertThat(rows).hasSize(TinyRatings.USERS).allSatisfy((user, n) -> assertThat(n).isEqualTo(4));
    }

    @Test
    void badRowsFailWithFileAndLineOrAreSkippedAndCounted() throws IOException {
        Path data = TinyRatings.write(dir.resolve("bad"));
        Path ratings = data.resolve("ratings.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(ratings));
        lines.add(5, "3,7,lots");
        Files.write(ratings, lines);
        Run failed = run("--master", master, "--executor-memory", "512m", "--data", data.toString(), "--algorithm", "als",
                "--out", dir.resolve("bad.model").toString());
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err().strip()).isEqualTo("movierec-spark: " + ratings
                + " line 6: rating \"lots\" is not a number (--skip-bad-rows leaves such rows out)");
        Run skipped = run("--master", master, "--executor-memory", "512m", "--data", data.toString(), "--algorithm", "als",
                "--factors", "2", "--iterations", "2", "--skip-bad-rows", "--out", dir.resolve("skipped.model").toString());
        assertThat(skipped.code()).as(skipped.err()).isZero();
        assertThat(skipped.out()).contains("Skipped 1 bad rows of ");
    }
}
