package org.movierec.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.app.store.Database;
import org.movierec.app.store.DatabaseImporter;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Movie;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import and stats commands as a user runs them. */
class StoreCommandsTest {
    @TempDir
    Path folder;

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

    @Test
    void statsOfTheDatabaseAsJson() {
        String db = folder.resolve("m.db").toString();
        RatingMatrixBuilder builder = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 3,
                true);
        builder.addById(1, 1, 5, 10);
        builder.addById(1, 2, 3, 11);
        builder.addById(2, 1, 4, 12);
        Dataset dataset = new Dataset("three", "test", new Catalog(List.of(new Movie(1, "A", 2000, List.of(), 0, 0),
                new Movie(2, "B", 2001, List.of(), 0, 0), new Movie(3, "C", 2002, List.of(), 0, 0))), builder.build(),
                List.of(), Map.of());
        try (Database database = Database.open(db)) {
            new DatabaseImporter(database).importDataset(dataset, Progress.NONE);
        }

        Run run = run("stats", "--database", db, "--json");

        assertThat(run.status()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("users").asInt()).isEqualTo(2);
        assertThat(json.get("movies").asInt()).isEqualTo(3);
        assertThat(json.get("ratedMovies").asInt()).isEqualTo(2);
        assertThat(json.get("ratings").asInt()).isEqualTo(3);
        assertThat(json.get("distribution").get("4").asInt()).isEqualTo(1);

        Run text = run("stats", "--database", db);
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("3 in the catalogue, 2 rated").contains("density 75.0000%");
    }

    @Test
    void importOfAnUnknownReleaseSaysHowToGetIt() {
        Run run = run("import", "ml-nonexistent-test-release", "--database", folder.resolve("m.db").toString());
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).startsWith("movierec: no file or directory ml-nonexistent-test-release")
                .contains("run movierec download ml-nonexistent-test-release first")
                .doesNotContain("Exception");
        assertThat(Files.exists(folder.resolve("m.db"))).isFalse();
    }

    @Test
    void databaseErrorsArePlainSentences() {
        Run run = run("stats", "--database", "jdbc:mysql://localhost/x");
        assertThat(run.status()).isNotZero();
        assertThat(run.err().trim()).isEqualTo(
                "movierec: unsupported database jdbc:mysql://localhost/x; give a SQLite file path or a jdbc:postgresql:// URL");
    }

    @Test
    void everyStoreCommandHasHelp() {
        for (String command : List.of("import", "stats")) {
            Run run = run(command, "--help");
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("--database=PATH|JDBC-URL");
        }
    }
}
