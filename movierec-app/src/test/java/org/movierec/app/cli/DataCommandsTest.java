package org.movierec.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** generate, stats PATH and download as a user runs them (download only offline: tests never touch the network). */
class DataCommandsTest {
    @TempDir
    Path folder;

    @Test
    void generatedSetHasExactStatsAsJsonAndTable() {
        Path out = folder.resolve("gen");
        StoreCommandsTest.Run gen = StoreCommandsTest.run("generate", "--users", "50", "--movies", "80", "--ratings",
                "2000", "--format", "ml-latest", "--seed", "3", "--out", out.toString());
        assertThat(gen.status()).as(gen.err()).isZero();
        assertThat(gen.out()).contains("wrote 2,000 ratings");
        assertThat(out.resolve("ratings.csv")).exists();

        StoreCommandsTest.Run stats = StoreCommandsTest.run("stats", out.toString(), "--json");
        assertThat(stats.status()).as(stats.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(stats.out());
        assertThat(json.get("format").asString()).isEqualTo("ml-latest");
        assertThat(json.get("users").asInt()).isEqualTo(50);
        assertThat(json.get("movies").asInt()).isEqualTo(80);
        assertThat(json.get("ratings").asInt()).isEqualTo(2000);
        assertThat(json.get("ratedMovies").asInt()).isBetween(1, 80);
        long sum = 0;
        for (JsonNode count : json.get("distribution")) {
            sum += count.asLong();
        }
        assertThat(sum).isEqualTo(2000);
        assertThat(json.get("quantiles").get("ratingsPerUser").get("min").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(json.get("density").asDouble()).isGreaterThan(0);

        StoreCommandsTest.Run table = StoreCommandsTest.run("stats", out.toString());
        assertThat(table.out()).contains("ratings      2,000").contains("ratings per user");
    }

    @Test
    void badFileIsOneSentenceWithFileAndLine() throws Exception {
        Path dir = folder.resolve("bad");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ratings.csv"), "user,item,rating\n1,2,x\n");
        StoreCommandsTest.Run run = StoreCommandsTest.run("stats", dir.toString());
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).isEqualTo("movierec: ratings.csv line 2: rating \"x\" is not a number\n")
                .doesNotContain("Exception");
    }

    @Test
    void impossibleGenerateRequestIsRefusedPlainly() {
        StoreCommandsTest.Run run = StoreCommandsTest.run("generate", "--users", "10", "--movies", "5", "--ratings",
                "60", "--out", folder.resolve("x").toString());
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("do not fit").doesNotContain("Exception");
    }
}
