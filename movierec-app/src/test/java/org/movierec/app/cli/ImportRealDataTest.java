package org.movierec.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.app.store.Database;
import org.movierec.app.store.DatabaseStatistics;
import org.movierec.app.store.MovieRepository;
import org.movierec.app.store.RatingRepository;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;

/** {@code movierec import} of the real releases in $MOVIEREC_DATASETS (skipped when unset). */
class ImportRealDataTest {
    @TempDir
    Path folder;

    Path datasets;

    @BeforeEach
    void findDatasets() {
        String env = System.getenv("MOVIEREC_DATASETS");
        assumeTrue(env != null && !env.isBlank(), "MOVIEREC_DATASETS is not set: real-data import tests skipped");
        datasets = Path.of(env);
    }

    @Test
    void ml100kImportsOnceAndReadsBackAsTheFilesSay() throws IOException {
        String db = folder.resolve("m.db").toString();
        assertThat(StoreCommandsTest.run("import", datasets.resolve("ml-100k").toString(), "--database", db).status())
                .isZero();
        StoreCommandsTest.Run again = StoreCommandsTest.run("import", datasets.resolve("ml-100k").toString(),
                "--database", db);
        assertThat(again.status()).isZero();
        assertThat(again.out()).startsWith("re-imported (unchanged) ml-100k");

        Dataset files = Releases.read(datasets.resolve("ml-100k"), Progress.NONE);
        try (Database database = Database.open(db)) {
            DatabaseStatistics statistics = DatabaseStatistics.of(database);
            assertThat(statistics.users()).isEqualTo(943);
            assertThat(statistics.movies()).isEqualTo(1682);
            assertThat(statistics.ratedMovies()).isEqualTo(1682);
            assertThat(statistics.ratings()).isEqualTo(100_000);
            assertSameRatings(new RatingRepository(database).load(Progress.NONE), files.ratings());
            Catalog catalog = new MovieRepository(database).catalog();
            assertThat(catalog.movies()).containsExactlyInAnyOrderElementsOf(files.catalog().movies());
        }
    }

    @Test
    void mlLatestSmallKeepsTagsAndLinks() throws IOException {
        String db = folder.resolve("m.db").toString();
        assertThat(StoreCommandsTest.run("import", datasets.resolve("ml-latest-small").toString(), "--database", db)
                .status()).isZero();
        Dataset files = Releases.read(datasets.resolve("ml-latest-small"), Progress.NONE);
        try (Database database = Database.open(db)) {
            DatabaseStatistics statistics = DatabaseStatistics.of(database);
            assertThat(statistics.users()).isEqualTo(610);
            assertThat(statistics.movies()).isEqualTo(9742);
            assertThat(statistics.ratedMovies()).isEqualTo(9724);
            assertThat(statistics.ratings()).isEqualTo(100_836);
            assertThat(statistics.tags()).isEqualTo(3683);
            assertThat(statistics.distribution()).containsKeys(0.5f, 5f).hasSize(10);
            RatingMatrix loaded = new RatingRepository(database).load(Progress.NONE);
            assertThat(loaded.scale()).isEqualTo(files.ratings().scale());
            assertSameRatings(loaded, files.ratings());
            assertThat(new MovieRepository(database).catalog().movie(1).orElseThrow().imdbId()).isEqualTo(114709);
        }
    }

    @Test
    void mlLatestSmallWithBothMetadataSources() throws IOException {
        String db = folder.resolve("m.db").toString();
        StoreCommandsTest.Run run = StoreCommandsTest.run("import", datasets.resolve("ml-latest-small").toString(),
                "--metadata", datasets.resolve("ml-1m-extrainfos").toString(),
                "--metadata", datasets.resolve("hetrec2011-movielens-2k-v2").toString(), "--database", db);
        assertThat(run.status()).as(run.err()).isZero();
        try (Database database = Database.open(db)) {
            MovieRepository movies = new MovieRepository(database);
            Map<Integer, MovieMetadata> metadata = movies.metadata();
            assertThat(metadata.size()).isGreaterThanOrEqualTo(2949);
            MovieMetadata toyStory = metadata.get(1);
            assertThat(toyStory.directors()).containsExactly("John Lasseter");
            assertThat(toyStory.mpaaRating()).isEqualTo("G");
            assertThat(toyStory.releaseDate()).isEqualTo(java.time.LocalDate.of(1995, 11, 22));
            assertThat(toyStory.critics()).isNotNull();
            assertThat(toyStory.countries()).isNotEmpty();
            assertThat(movies.metadata(1)).contains(toyStory);
        }
    }

    @Test
    void aBadLineFailsTheImportNamingFileAndLineAndLeavesNoRatings() throws IOException {
        Path copy = folder.resolve("bad");
        Files.createDirectories(copy);
        for (String file : List.of("u.item", "u.user", "u.genre", "u.info", "u.occupation")) {
            Files.copy(datasets.resolve("ml-100k").resolve(file), copy.resolve(file));
        }
        List<String> lines = Files.readAllLines(datasets.resolve("ml-100k/u.data"), StandardCharsets.ISO_8859_1);
        String[] fields = lines.get(499).split("\t");
        lines.set(499, fields[0] + "\t" + fields[1] + "\t9\t" + fields[3]);
        Files.write(copy.resolve("u.data"), lines, StandardCharsets.ISO_8859_1);
        String db = folder.resolve("m.db").toString();

        StoreCommandsTest.Run run = StoreCommandsTest.run("import", copy.toString(), "--database", db);

        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("u.data").contains("500").doesNotContain("Exception");
        try (Database database = Database.open(db)) {
            assertThat(new RatingRepository(database).count()).isZero();
        }
    }

    @Test
    void ml100kImportsIntoPostgresqlAsTheFilesSay() throws IOException, java.sql.SQLException {
        String url = System.getenv("MOVIEREC_TEST_POSTGRES_URL");
        assumeTrue(url != null && !url.isBlank(), "MOVIEREC_TEST_POSTGRES_URL is not set: PostgreSQL import test skipped");
        String schema = "test_import_" + Long.toHexString(System.nanoTime());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String db = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            assertThat(StoreCommandsTest.run("import", datasets.resolve("ml-100k").toString(), "--database", db).status())
                    .isZero();
            try (Database database = Database.open(db)) {
                assertThat(new RatingRepository(database).count()).isEqualTo(100_000);
                assertSameRatings(new RatingRepository(database).load(Progress.NONE),
                        Releases.read(datasets.resolve("ml-100k"), Progress.NONE).ratings());
            }
        } finally {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                    java.sql.Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void assertSameRatings(RatingMatrix actual, RatingMatrix expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.hasTimestamps()).isEqualTo(expected.hasTimestamps());
        int[] pointers = expected.userPointers();
        for (int u = 0; u < expected.userCount(); u++) {
            int user = actual.users().indexOf(expected.users().idAt(u));
            for (int k = pointers[u]; k < pointers[u + 1]; k++) {
                int item = actual.items().indexOf(expected.items().idAt(expected.userItems()[k]));
                assertThat(actual.rating(user, item)).isEqualTo(expected.userValues()[k]);
            }
        }
    }
}
