package org.movierec.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelFile;
import picocli.CommandLine;

/** The movierec-spark command end to end (local[2]) and its one-sentence errors. */
class SparkTrainCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = SparkTrainCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void trainsAndWritesAModelFileThatMovierecLoads(@TempDir Path dir) throws IOException {
        Path data = TinyRatings.write(dir.resolve("tiny"));
        Path model = dir.resolve("models/spark-ials.model");
        int code = run("--data", data.toString(), "--algorithm", "ials", "--factors", "3", "--iterations", "5", "--alpha", "2",
                "--master", "local[2]", "--partitions", "2", "--out", model.toString());
        assertThat(code).as(err.toString()).isZero();
        ModelFile.Loaded loaded = ModelFile.load(model, AlgorithmRegistry.standard());
        assertThat(loaded.algorithm()).isEqualTo("ials");
        assertThat(loaded.params()).containsEntry("factors", "3").containsEntry("iterations", "5");
        assertThat(loaded.users().size()).isEqualTo(TinyRatings.USERS);
        assertThat(loaded.model().itemCount()).isEqualTo(TinyRatings.ITEMS);
        assertThat(out.toString()).contains("Trained with Spark 4.2.0 MLlib ALS (local[2], implicitPrefs=true, rank=3")
                .contains("it does not record that Spark trained it");
    }

    @Test
    void anUnknownAlgorithmIsOneSentence(@TempDir Path dir) throws IOException {
        Path data = TinyRatings.write(dir.resolve("tiny"));
        int code = run("--data", data.toString(), "--algorithm", "svd", "--out", dir.resolve("m.model").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("movierec-spark: unknown algorithm 'svd': movierec-spark trains als or ials");
        assertThat(Files.exists(dir.resolve("m.model"))).isFalse();
    }

    @Test
    void aMissingDataPathIsOneSentence(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");
        int code = run("--data", missing.toString(), "--out", dir.resolve("m.model").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("movierec-spark: no such file or directory: " + missing);
    }

    @Test
    void aMissingOptionIsOneSentence() {
        int code = run("--algorithm", "als");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("movierec-spark: Missing required options").doesNotContain("\n");
    }
}
