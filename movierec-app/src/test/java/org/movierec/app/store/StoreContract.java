package org.movierec.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Movie;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.Quantiles;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.data.UserInfo;
import org.movierec.core.util.Progress;

/** The behaviour every supported database must show; subclasses say where the database is. */
abstract class StoreContract {
    Database database;

    /** A location of a fresh, empty database. */
    abstract String freshLocation() throws Exception;

    /** Releases whatever freshLocation created. */
    void dispose() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        database = Database.open(freshLocation());
    }

    @AfterEach
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
        dispose();
    }

    @Test
    void importedDataReadsBackUnchanged() {
        Dataset tiny = Fixtures.tiny("tiny", false);
        ImportSummary summary = new DatabaseImporter(database).importDataset(tiny, Progress.NONE);

        assertThat(summary.movies()).isEqualTo(4);
        assertThat(summary.users()).isEqualTo(4);
        assertThat(summary.ratings()).isEqualTo(4);
        assertThat(summary.tags()).isEqualTo(3);
        assertThat(summary.repeated()).isFalse();

        Catalog catalog = new MovieRepository(database).catalog();
        assertThat(catalog.movies()).containsExactlyElementsOf(tiny.catalog().movies());
        assertThat(catalog.movie(20).orElseThrow().genres()).containsExactly("Animation", "Children's", "Comedy");

        Map<Integer, UserInfo> users = new UserRepository(database).users();
        assertThat(users.keySet()).containsExactly(1, 2, 3, 4);
        assertThat(users.get(1)).isEqualTo(new UserInfo(1, "F", 25, "artist", "12345"));
        assertThat(users.get(2)).isEqualTo(new UserInfo(2, null, 0, null, null));

        RatingMatrix matrix = new RatingRepository(database).load(Progress.NONE);
        assertThat(matrix.users().ids()).containsExactly(1, 2, 3);
        assertThat(matrix.items().ids()).containsExactly(10, 20, 30);
        assertThat(matrix.size()).isEqualTo(4);
        assertThat(matrix.scale()).isEqualTo(RatingScale.HALF_STARS);
        assertThat(rating(matrix, 1, 20)).isEqualTo(3.5f);
        assertThat(rating(matrix, 3, 30)).isEqualTo(1f);
        assertThat(rating(matrix, 2, 20)).isNaN();
        assertThat(matrix.userTimestamps()).containsExactly(100, 101, 102, 103);
    }

    @Test
    void usersAddedAfterAnImportGetFreeIds() throws SQLException {
        new DatabaseImporter(database).importDataset(Fixtures.tiny("tiny", false), Progress.NONE);
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            for (int expected = 5; expected <= 6; expected++) {
                try (ResultSet row = statement.executeQuery("INSERT INTO users (source) VALUES ('web') RETURNING id")) {
                    row.next();
                    assertThat(row.getInt(1)).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void metadataReadsBackAndAReimportReplacesIt() {
        MovieMetadata matrix = new MovieMetadata(10, List.of("Lana Wachowski", "Lilly Wachowski"),
                List.of("Lilly Wachowski"), List.of("Keanu Reeves", "Laurence Fishburne"), List.of("simulation"),
                "A hacker learns the truth.", 136, "English", "R", LocalDate.of(1999, 3, 31), 0, List.of("USA"), 133093,
                603, "http://posters/matrix.jpg",
                new MovieMetadata.CriticScores("matrix", 7.5, 150, 87, 7.25, 40, 76, 3.5, 1000, 85),
                Map.of("cyberpunk", 4.0));
        MovieMetadata heat = new MovieMetadata(30, List.of("Michael Mann"), List.of(), List.of(), List.of(), null, 0,
                null, null, null, 0, List.of(), 113277, 949, null, null, Map.of());
        DatabaseImporter importer = new DatabaseImporter(database);
        ImportSummary summary = importer.importDataset(Fixtures.tiny("tiny", false), Map.of(10, matrix, 30, heat),
                "fixture", Progress.NONE);
        assertThat(summary.metadata()).isEqualTo(2);

        MovieRepository movies = new MovieRepository(database);
        assertThat(movies.metadata()).containsOnlyKeys(10, 30);
        assertThat(movies.metadata(10)).contains(matrix);
        assertThat(movies.metadata(30)).contains(heat);
        assertThat(movies.metadata(20)).isEmpty();
        assertThat(movies.catalog().movie(30).orElseThrow().imdbId()).isEqualTo(113277);

        MovieMetadata fewer = new MovieMetadata(10, List.of("Lana Wachowski"), List.of(), List.of("Keanu Reeves"),
                List.of(), null, 0, null, null, null, 0, List.of(), 0, 0, null, null, Map.of());
        ImportSummary again = importer.importDataset(Fixtures.tiny("tiny", false), Map.of(10, fewer), "fixture",
                Progress.NONE);
        assertThat(again.repeated()).isFalse();
        assertThat(movies.metadata(10).orElseThrow().cast()).containsExactly("Keanu Reeves");
        assertThat(movies.metadata(10).orElseThrow().critics()).isNull();
        assertThat(movies.metadata(10).orElseThrow().imdbId()).isEqualTo(133093);
        assertThat(movies.metadata(30)).contains(heat);

        assertThatThrownBy(() -> importer.importDataset(Fixtures.tiny("tiny", false),
                Map.of(99, MovieMetadata.empty(99)), "fixture", Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("movie 99");
    }

    @Test
    void aFirstImportLeavesForeignKeysAndTheMovieIndexInPlace() throws SQLException {
        new DatabaseImporter(database).importDataset(Fixtures.tiny("tiny", false), Progress.NONE);
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "INSERT INTO ratings (user_id, movie_id, rating) VALUES (99, 10, 4)")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.executeUpdate(
                    "INSERT INTO ratings (user_id, movie_id, rating) VALUES (1, 99, 4)")).isInstanceOf(SQLException.class);
            statement.executeUpdate("DELETE FROM movies WHERE id = 10");
            try (ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM ratings WHERE movie_id = 10")) {
                row.next();
                assertThat(row.getInt(1)).isZero();
            }
            statement.execute("DROP INDEX ratings_movie");
        }
    }

    @Test
    void importingTwiceDuplicatesNothing() throws SQLException {
        DatabaseImporter importer = new DatabaseImporter(database);
        importer.importDataset(Fixtures.tiny("tiny", false), Progress.NONE);
        ImportSummary again = importer.importDataset(Fixtures.tiny("tiny", false), Progress.NONE);

        assertThat(again.repeated()).isTrue();
        assertThat(rowCounts()).containsExactly(4L, 4L, 4L, 3L, 8L, 1L);
    }

    @Test
    void newerCopyUpdatesChangedRatings() throws SQLException {
        DatabaseImporter importer = new DatabaseImporter(database);
        ImportSummary first = importer.importDataset(Fixtures.tiny("tiny", false), Progress.NONE);
        ImportSummary second = importer.importDataset(Fixtures.tiny("tiny", true), Progress.NONE);

        assertThat(second.fingerprint()).isNotEqualTo(first.fingerprint());
        assertThat(second.repeated()).isFalse();
        RatingMatrix matrix = new RatingRepository(database).load(Progress.NONE);
        assertThat(matrix.size()).isEqualTo(4);
        assertThat(rating(matrix, 1, 20)).isEqualTo(2f);
        assertThat(rowCounts().get(0)).isEqualTo(4L);
    }

    @Test
    void failedImportLeavesTheDatabaseUnchanged() throws SQLException {
        DatabaseImporter importer = new DatabaseImporter(database);
        Progress failingAfterRatings = new FailingProgress(4 + 4 + 4);
        assertThatThrownBy(() -> importer.importDataset(Fixtures.tiny("tiny", false), failingAfterRatings))
                .hasMessageContaining("interrupted");
        assertThat(rowCounts()).containsOnly(0L);

        importer.importDataset(Fixtures.tiny("tiny", false), Progress.NONE);
        assertThatThrownBy(() -> importer.importDataset(Fixtures.tiny("tiny", true), new FailingProgress(12)))
                .hasMessageContaining("interrupted");
        assertThat(rating(new RatingRepository(database).load(Progress.NONE), 1, 20)).isEqualTo(3.5f);
        assertThat(rowCounts()).containsExactly(4L, 4L, 4L, 3L, 8L, 1L);
    }

    @Test
    void anotherReleaseIsRefused() throws SQLException {
        DatabaseImporter importer = new DatabaseImporter(database);
        importer.importDataset(Fixtures.tiny("tiny", false), Progress.NONE);
        assertThatThrownBy(() -> importer.importDataset(Fixtures.tiny("other", false), Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already holds tiny");
        assertThat(rowCounts().get(5)).isEqualTo(1L);
    }

    @Test
    void ratingsOfMoviesMissingFromTheCatalogueAreRefused() throws SQLException {
        RatingMatrixBuilder builder = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 2,
                false);
        builder.addById(1, 10, 4f, 0);
        builder.addById(1, 99, 4f, 0);
        Dataset dataset = new Dataset("bad", "test",
                new Catalog(List.of(new Movie(10, "The Matrix", 1999, List.of(), 0, 0))), builder.build(), List.of(),
                Map.of());
        assertThatThrownBy(() -> new DatabaseImporter(database).importDataset(dataset, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad has ratings of movie 99, which its movie list lacks");
        assertThat(rowCounts()).containsOnly(0L);
    }

    @Test
    void ratingsWithoutTimestampsLoadWithoutTimestamps() {
        new DatabaseImporter(database).importDataset(Fixtures.grid("grid", 30, 20), Progress.NONE);
        RatingMatrix matrix = new RatingRepository(database).load(Progress.NONE);
        assertThat(matrix.hasTimestamps()).isFalse();
        assertThat(matrix.size()).isEqualTo(600);
        assertThat(matrix.scale()).isEqualTo(RatingScale.WHOLE_STARS);
        assertThat(rating(matrix, 7, 13)).isEqualTo(1 + (7 * 7 + 13 * 3) % 5);
        assertThat(new RatingRepository(database).count()).isEqualTo(600);
        assertThat(new MovieRepository(database).count()).isEqualTo(20);
        assertThat(new UserRepository(database).count()).isEqualTo(30);
    }

    @Test
    void statisticsCountWhatIsStored() {
        DatabaseStatistics empty = DatabaseStatistics.of(database);
        assertThat(empty.ratings()).isZero();
        assertThat(empty.meanRating()).isNaN();

        new DatabaseImporter(database).importDataset(Fixtures.tiny("tiny", false), Progress.NONE);
        DatabaseStatistics s = DatabaseStatistics.of(database);
        assertThat(s.users()).isEqualTo(3);
        assertThat(s.registeredUsers()).isEqualTo(4);
        assertThat(s.movies()).isEqualTo(4);
        assertThat(s.ratedMovies()).isEqualTo(3);
        assertThat(s.ratings()).isEqualTo(4);
        assertThat(s.tags()).isEqualTo(3);
        assertThat(s.density()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(s.meanRating()).isCloseTo((4 + 3.5 + 5 + 1) / 4, within(1e-9));
        assertThat(s.distribution()).containsExactly(Map.entry(1f, 1L), Map.entry(3.5f, 1L), Map.entry(4f, 1L),
                Map.entry(5f, 1L));
        assertThat(s.ratingsPerUser()).isEqualTo(new Quantiles(1, 1, 1, 1, 2, 2, 2, 2));
        assertThat(s.ratingsPerMovie()).isEqualTo(new Quantiles(1, 1, 1, 1, 2, 2, 2, 2));
        assertThat(s.asMap()).containsEntry("users", 3).containsEntry("movies", 4).containsEntry("ratedMovies", 3)
                .containsEntry("ratings", 4L).containsEntry("distribution", Map.of("1", 1L, "3.5", 1L, "4", 1L, "5", 1L));
    }

    /** Rows in ratings, movies, users, tags, movie_genres, imported_releases. */
    List<Long> rowCounts() throws SQLException {
        List<Long> counts = new ArrayList<>();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("ratings", "movies", "users", "tags", "movie_genres", "imported_releases")) {
                try (ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    row.next();
                    counts.add(row.getLong(1));
                }
            }
        }
        return counts;
    }

    static float rating(RatingMatrix matrix, int userId, int movieId) {
        int user = matrix.users().indexOf(userId);
        int item = matrix.items().indexOf(movieId);
        return user < 0 || item < 0 ? Float.NaN : matrix.rating(user, item);
    }

    /** Fails once more than the given number of steps were reported, as an interrupted import would. */
    static final class FailingProgress implements Progress {
        private final long limit;
        private long steps;

        FailingProgress(long limit) {
            this.limit = limit;
        }

        @Override
        public void start(String task, long total) {
        }

        @Override
        public void step(long amount) {
            steps += amount;
            if (steps > limit) {
                throw new IllegalStateException("interrupted after " + limit + " rows");
            }
        }

        @Override
        public void done() {
        }
    }
}
