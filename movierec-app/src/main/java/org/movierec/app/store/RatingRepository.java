package org.movierec.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

/** Reads the ratings table. Thread-safe. */
public final class RatingRepository {
    private static final int FETCH_SIZE = 10_000;

    private final Database database;

    public RatingRepository(Database database) {
        this.database = database;
    }

    /** Number of ratings in the database. */
    public int count() {
        return Queries.count(database, "SELECT COUNT(*) FROM ratings");
    }

    /**
     * Every rating as a matrix, streamed from the table into primitive arrays. Users and movies are
     * indexed in ascending id order (only those with ratings); timestamps are kept when any rating has
     * one (missing ones read as 0). The scale is the one of the last imported release, or else
     * inferred from the ratings (half stars if any value is not whole).
     */
    public RatingMatrix load(Progress progress) {
        // One read-only transaction: a consistent snapshot, and PostgreSQL streams by the fetch size only inside one.
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                return load(connection, progress);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the ratings of " + database.description() + ": "
                    + Database.rootMessage(e), e);
        }
    }

    private RatingMatrix load(Connection connection, Progress progress) throws SQLException {
        int size;
        boolean timestamps;
        float min;
        float max;
        boolean whole;
        try (Statement summary = connection.createStatement();
                ResultSet row = summary.executeQuery("SELECT COUNT(*), COUNT(timestamp), MIN(rating), MAX(rating),"
                        + " SUM(CASE WHEN rating <> CAST(rating AS INTEGER) THEN 1 ELSE 0 END) FROM ratings")) {
            row.next();
            size = row.getInt(1);
            timestamps = row.getInt(2) > 0;
            min = row.getFloat(3);
            max = row.getFloat(4);
            whole = row.getLong(5) == 0;
        }
        int[] userIds = new int[size];
        int[] movieIds = new int[size];
        float[] values = new float[size];
        long[] times = timestamps ? new long[size] : null;
        progress.start("load ratings", size);
        int n = 0;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT user_id, movie_id, rating, timestamp FROM ratings")) {
            query.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (n == size) {
                        throw new SQLException("the ratings table grew while it was read");
                    }
                    userIds[n] = rows.getInt(1);
                    movieIds[n] = rows.getInt(2);
                    values[n] = rows.getFloat(3);
                    if (times != null) {
                        times[n] = rows.getLong(4);
                    }
                    if (++n % FETCH_SIZE == 0) {
                        progress.step(FETCH_SIZE);
                    }
                }
            }
        }
        progress.step(n % FETCH_SIZE);
        progress.done();
        IdIndex users = IdIndex.of(distinctSorted(userIds, n));
        IdIndex items = IdIndex.of(distinctSorted(movieIds, n));
        RatingMatrixBuilder builder = new RatingMatrixBuilder(users, items, scale(connection, min, max, whole), n,
                timestamps);
        for (int k = 0; k < n; k++) {
            builder.add(users.indexOf(userIds[k]), items.indexOf(movieIds[k]), values[k], times == null ? 0 : times[k]);
        }
        return builder.build();
    }

    private static RatingScale scale(Connection connection, float min, float max, boolean whole) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("SELECT scale_min, scale_max, scale_step FROM imported_releases"
                        + " ORDER BY imported_at DESC")) {
            if (row.next()) {
                return new RatingScale(row.getFloat(1), row.getFloat(2), row.getFloat(3));
            }
        }
        if (!(min < max)) {
            return whole ? RatingScale.WHOLE_STARS : RatingScale.HALF_STARS;
        }
        return new RatingScale(min, max, whole ? 1f : 0.5f);
    }

    private static int[] distinctSorted(int[] ids, int n) {
        int[] sorted = Arrays.copyOf(ids, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            if (distinct == 0 || sorted[distinct - 1] != sorted[k]) {
                sorted[distinct++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }
}
