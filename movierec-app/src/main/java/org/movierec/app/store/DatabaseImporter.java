package org.movierec.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.Movie;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.Tag;
import org.movierec.core.data.UserInfo;
import org.movierec.core.util.Progress;

/**
 * Loads a {@link Dataset} into the database in one transaction: on any error the transaction is
 * rolled back and the database is as before. Rows are upserted (by movie id, user id, user and movie
 * of a rating, user, movie and text of a tag), so importing the same data set twice duplicates
 * nothing, and a newer copy of a release updates what changed. Ratings already in the database that
 * the data set lacks (for instance ratings made in the web app) are kept.
 *
 * <p>Into an empty ratings table the ratings are written without the index by movie (and, on
 * PostgreSQL, without the foreign keys), which are rebuilt afterwards in the same transaction: one pass
 * is much faster than upkeep row by row.
 *
 * <p>A database holds one release: importing a data set of another name is refused, since MovieLens
 * releases reuse user ids for different people.
 */
public final class DatabaseImporter {
    static final int BATCH = 5_000;

    private final Database database;

    public DatabaseImporter(Database database) {
        this.database = database;
    }

    /**
     * Imports the data set, reporting progress in rows written.
     *
     * @throws IllegalArgumentException if the data set rates or tags movies missing from its catalogue,
     *     or the database already holds another release
     * @throws DatabaseException if the database refuses the data; nothing is then imported
     */
    public ImportSummary importDataset(Dataset dataset, Progress progress) {
        return importDataset(dataset, Map.of(), null, progress);
    }

    /**
     * Imports the data set with metadata of its movies (from {@code MetadataSources}), in one transaction.
     * A movie's metadata replaces what the database held for it; movies without metadata here keep theirs.
     *
     * @param metadataSource where the metadata came from (stored with it), e.g. the sources' file names
     * @throws IllegalArgumentException also when metadata is given for a movie missing from the catalogue
     */
    public ImportSummary importDataset(Dataset dataset, Map<Integer, MovieMetadata> metadata, String metadataSource,
            Progress progress) {
        checkConsistent(dataset);
        for (int movieId : metadata.keySet()) {
            if (!dataset.catalog().contains(movieId)) {
                throw new IllegalArgumentException("metadata is given for movie " + movieId + ", which the movie list of "
                        + dataset.name() + " lacks");
            }
        }
        int[] userIds = userIds(dataset);
        String fingerprint = DatasetFingerprint.of(dataset, metadata);
        long total = (long) dataset.catalog().size() + userIds.length + dataset.ratings().size() + dataset.tags().size()
                + metadata.size();
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                checkSameRelease(connection, dataset.name());
                boolean repeated = seenBefore(connection, dataset.name(), fingerprint);
                progress.start("import " + dataset.name(), total);
                writeMovies(connection, dataset, progress);
                writeUsers(connection, dataset, userIds, progress);
                if (database.vendor() == Database.Vendor.POSTGRESQL) {
                    advanceUserIdSequence(connection);
                }
                boolean firstRatings = isEmpty(connection, "ratings");
                if (firstRatings) {
                    dropRatingChecks(connection);
                }
                writeRatings(connection, dataset, progress);
                if (firstRatings) {
                    restoreRatingChecks(connection);
                }
                writeTags(connection, dataset, progress);
                MetadataWriter.write(connection, metadata, metadataSource, progress);
                writeRelease(connection, dataset, fingerprint, userIds.length, metadata.size());
                connection.commit();
                progress.done();
                return new ImportSummary(dataset.name(), fingerprint, dataset.catalog().size(), userIds.length,
                        dataset.ratings().size(), dataset.tags().size(), metadata.size(), repeated);
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                progress.done();
                if (e instanceof SQLException sql) {
                    throw new DatabaseException("import of " + dataset.name() + " into " + database.description()
                            + " failed, nothing was imported: " + Database.rootMessage(sql), sql);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot use the database " + database.description() + ": "
                    + Database.rootMessage(e), e);
        }
    }

    /**
     * Imports metadata of movies already in the database, in one transaction (for a database imported
     * without metadata). A movie's metadata replaces what the database held for it.
     *
     * @return the number of movies whose metadata was written
     */
    public int importMetadata(Map<Integer, MovieMetadata> metadata, String metadataSource, Progress progress) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                progress.start("import metadata", metadata.size());
                MetadataWriter.write(connection, metadata, metadataSource, progress);
                connection.commit();
                progress.done();
                return metadata.size();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                progress.done();
                if (e instanceof SQLException sql) {
                    throw new DatabaseException("import of the metadata into " + database.description()
                            + " failed, nothing was imported: " + Database.rootMessage(sql), sql);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot use the database " + database.description() + ": "
                    + Database.rootMessage(e), e);
        }
    }

    private static void checkConsistent(Dataset dataset) {
        RatingMatrix ratings = dataset.ratings();
        for (int i = 0; i < ratings.itemCount(); i++) {
            int movieId = ratings.items().idAt(i);
            if (ratings.itemRatingCount(i) > 0 && !dataset.catalog().contains(movieId)) {
                throw new IllegalArgumentException(dataset.name() + " has ratings of movie " + movieId
                        + ", which its movie list lacks");
            }
        }
        for (Tag tag : dataset.tags()) {
            if (!dataset.catalog().contains(tag.movieId())) {
                throw new IllegalArgumentException(dataset.name() + " has a tag of movie " + tag.movieId()
                        + ", which its movie list lacks");
            }
        }
    }

    /** Every user the data set mentions (ratings, tags, demographics), ascending. */
    private static int[] userIds(Dataset dataset) {
        RatingMatrix ratings = dataset.ratings();
        int[] ids = new int[ratings.userCount() + dataset.tags().size() + dataset.users().size()];
        int n = 0;
        for (int u = 0; u < ratings.userCount(); u++) {
            if (ratings.userRatingCount(u) > 0) {
                ids[n++] = ratings.users().idAt(u);
            }
        }
        for (Tag tag : dataset.tags()) {
            ids[n++] = tag.userId();
        }
        for (int id : dataset.users().keySet()) {
            ids[n++] = id;
        }
        Arrays.sort(ids, 0, n);
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (distinct == 0 || ids[distinct - 1] != ids[k]) {
                ids[distinct++] = ids[k];
            }
        }
        return Arrays.copyOf(ids, distinct);
    }

    private void checkSameRelease(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT DISTINCT name FROM imported_releases WHERE name <> ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    throw new IllegalArgumentException("the database " + database.description() + " already holds "
                            + rows.getString(1) + "; import " + name + " into another database (--database PATH)");
                }
            }
        }
    }

    private static boolean seenBefore(Connection connection, String name, String fingerprint) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM imported_releases WHERE name = ? AND fingerprint = ?")) {
            query.setString(1, name);
            query.setString(2, fingerprint);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    private static void writeMovies(Connection connection, Dataset dataset, Progress progress) throws SQLException {
        Set<String> genres = new LinkedHashSet<>();
        for (Movie movie : dataset.catalog().movies()) {
            genres.addAll(movie.genres());
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO genres (name) VALUES (?) ON CONFLICT (name) DO NOTHING")) {
            for (String genre : genres) {
                insert.setString(1, genre);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO movies (id, title, year, imdb_id, tmdb_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
                        + " SET title = excluded.title, year = excluded.year,"
                        + " imdb_id = COALESCE(excluded.imdb_id, movies.imdb_id),"
                        + " tmdb_id = COALESCE(excluded.tmdb_id, movies.tmdb_id)");
                PreparedStatement clearGenres = connection.prepareStatement("DELETE FROM movie_genres WHERE movie_id = ?");
                PreparedStatement addGenre = connection.prepareStatement(
                        "INSERT INTO movie_genres (movie_id, genre, position) VALUES (?, ?, ?)")) {
            int pending = 0;
            for (Movie movie : dataset.catalog().movies()) {
                upsert.setInt(1, movie.id());
                upsert.setString(2, movie.title());
                setPositiveOrNull(upsert, 3, movie.year());
                setPositiveOrNull(upsert, 4, movie.imdbId());
                setPositiveOrNull(upsert, 5, movie.tmdbId());
                upsert.addBatch();
                clearGenres.setInt(1, movie.id());
                clearGenres.addBatch();
                int position = 0;
                for (String genre : movie.genres()) {
                    addGenre.setInt(1, movie.id());
                    addGenre.setString(2, genre);
                    addGenre.setInt(3, position++);
                    addGenre.addBatch();
                }
                if (++pending == BATCH) {
                    executeAll(upsert, clearGenres, addGenre);
                    progress.step(pending);
                    pending = 0;
                }
            }
            executeAll(upsert, clearGenres, addGenre);
            progress.step(pending);
        }
    }

    private static void writeUsers(Connection connection, Dataset dataset, int[] userIds, Progress progress)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO users (id, gender, age, occupation, zip_code, source) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET gender = COALESCE(excluded.gender, users.gender),"
                        + " age = COALESCE(excluded.age, users.age),"
                        + " occupation = COALESCE(excluded.occupation, users.occupation),"
                        + " zip_code = COALESCE(excluded.zip_code, users.zip_code)")) {
            int pending = 0;
            for (int id : userIds) {
                UserInfo info = dataset.users().get(id);
                upsert.setInt(1, id);
                upsert.setString(2, info == null ? null : info.gender());
                setPositiveOrNull(upsert, 3, info == null ? 0 : info.age());
                upsert.setString(4, info == null ? null : info.occupation());
                upsert.setString(5, info == null ? null : info.zipCode());
                upsert.setString(6, dataset.name());
                upsert.addBatch();
                if (++pending == BATCH) {
                    upsert.executeBatch();
                    progress.step(pending);
                    pending = 0;
                }
            }
            upsert.executeBatch();
            progress.step(pending);
        }
    }

    /** Writes the ratings by ascending user and movie id, the order of the primary key, so B-trees grow at the end. */
    /**
     * Before a first load of ratings: drops the index by movie and, on PostgreSQL, the foreign keys,
     * whose per-row checks there cost five times the insert itself.
     */
    private void dropRatingChecks(Connection connection) throws SQLException {
        execute(connection, "DROP INDEX ratings_movie");
        if (database.vendor() == Database.Vendor.POSTGRESQL) {
            execute(connection, "ALTER TABLE ratings DROP CONSTRAINT ratings_user_id_fkey");
            execute(connection, "ALTER TABLE ratings DROP CONSTRAINT ratings_movie_id_fkey");
        }
    }

    /** Rebuilds what {@link #dropRatingChecks} dropped, each in one pass over the table. */
    private void restoreRatingChecks(Connection connection) throws SQLException {
        execute(connection, "CREATE INDEX ratings_movie ON ratings (movie_id)");
        if (database.vendor() == Database.Vendor.POSTGRESQL) {
            execute(connection, "ALTER TABLE ratings ADD CONSTRAINT ratings_user_id_fkey FOREIGN KEY (user_id)"
                    + " REFERENCES users (id) ON DELETE CASCADE");
            execute(connection, "ALTER TABLE ratings ADD CONSTRAINT ratings_movie_id_fkey FOREIGN KEY (movie_id)"
                    + " REFERENCES movies (id) ON DELETE CASCADE");
        }
    }

    private static boolean isEmpty(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM " + table + " LIMIT 1) t")) {
            row.next();
            return row.getInt(1) == 0;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Moves PostgreSQL's user id sequence past the imported ids, so users added later get free ids. */
    private static void advanceUserIdSequence(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet ignored = statement.executeQuery("SELECT setval(pg_get_serial_sequence('users', 'id'),"
                        + " (SELECT MAX(id) FROM users))")) {
            ignored.next();
        }
    }

    private static void writeRatings(Connection connection, Dataset dataset, Progress progress) throws SQLException {
        RatingMatrix ratings = dataset.ratings();
        int[] pointers = ratings.userPointers();
        int[] items = ratings.userItems();
        float[] values = ratings.userValues();
        long[] times = ratings.userTimestamps();
        long[] usersById = new long[ratings.userCount()];
        for (int u = 0; u < usersById.length; u++) {
            usersById[u] = (long) ratings.users().idAt(u) << 32 | u;
        }
        Arrays.sort(usersById);
        long[] row = new long[16];
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO ratings (user_id, movie_id, rating, timestamp) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (user_id, movie_id) DO UPDATE SET rating = excluded.rating,"
                        + " timestamp = excluded.timestamp")) {
            int pending = 0;
            for (long userKey : usersById) {
                int u = (int) userKey;
                int userId = (int) (userKey >> 32);
                int start = pointers[u];
                int length = pointers[u + 1] - start;
                if (row.length < length) {
                    row = new long[length];
                }
                for (int k = 0; k < length; k++) {
                    row[k] = (long) ratings.items().idAt(items[start + k]) << 32 | k;
                }
                Arrays.sort(row, 0, length);
                for (int j = 0; j < length; j++) {
                    int k = start + (int) row[j];
                    upsert.setInt(1, userId);
                    upsert.setInt(2, (int) (row[j] >> 32));
                    upsert.setFloat(3, values[k]);
                    if (times == null) {
                        upsert.setNull(4, Types.BIGINT);
                    } else {
                        upsert.setLong(4, times[k]);
                    }
                    upsert.addBatch();
                    if (++pending == BATCH) {
                        upsert.executeBatch();
                        progress.step(pending);
                        pending = 0;
                    }
                }
            }
            upsert.executeBatch();
            progress.step(pending);
        }
    }

    private static void writeTags(Connection connection, Dataset dataset, Progress progress) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO tags (user_id, movie_id, tag, timestamp) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (user_id, movie_id, tag) DO NOTHING")) {
            int pending = 0;
            for (Tag tag : dataset.tags()) {
                insert.setInt(1, tag.userId());
                insert.setInt(2, tag.movieId());
                insert.setString(3, tag.tag());
                setPositiveOrNull(insert, 4, tag.timestamp());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    progress.step(pending);
                    pending = 0;
                }
            }
            insert.executeBatch();
            progress.step(pending);
        }
    }

    private static void writeRelease(Connection connection, Dataset dataset, String fingerprint, int users,
            int metadata) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO imported_releases (name, format, fingerprint, scale_min, scale_max, scale_step, imported_at,"
                        + " movies, users, ratings, tags, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (name, fingerprint) DO UPDATE SET imported_at = excluded.imported_at")) {
            upsert.setString(1, dataset.name());
            upsert.setString(2, dataset.format());
            upsert.setString(3, fingerprint);
            upsert.setFloat(4, dataset.ratings().scale().min());
            upsert.setFloat(5, dataset.ratings().scale().max());
            upsert.setFloat(6, dataset.ratings().scale().step());
            upsert.setLong(7, System.currentTimeMillis() / 1000);
            upsert.setInt(8, dataset.catalog().size());
            upsert.setInt(9, users);
            upsert.setInt(10, dataset.ratings().size());
            upsert.setInt(11, dataset.tags().size());
            upsert.setInt(12, metadata);
            upsert.executeUpdate();
        }
    }

    static void executeAll(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    static void setPositiveOrNull(PreparedStatement statement, int index, long value) throws SQLException {
        if (value > 0) {
            statement.setLong(index, value);
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }
}
