package org.movierec.app.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.movierec.core.data.Quantiles;

/**
 * Counts of what the database holds, computed by SQL aggregates.
 *
 * @param users users with at least one rating
 * @param registeredUsers every row of the users table (raters, taggers, people who signed up)
 * @param movies movies in the catalogue
 * @param ratedMovies movies with at least one rating
 * @param ratings number of ratings
 * @param tags number of tags
 * @param density ratings / (users × ratedMovies); 0 when there are no ratings
 * @param meanRating mean of all ratings; NaN when there are none
 * @param distribution number of ratings of each value, ascending by value
 * @param ratingsPerUser quantiles of the number of ratings per rating user
 * @param ratingsPerMovie quantiles of the number of ratings per rated movie
 */
public record DatabaseStatistics(int users, int registeredUsers, int movies, int ratedMovies, long ratings, long tags,
        double density, double meanRating, Map<Float, Long> distribution, Quantiles ratingsPerUser,
        Quantiles ratingsPerMovie) {
    /** The statistics of the database now. */
    public static DatabaseStatistics of(Database database) {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            int registered = single(statement, "SELECT COUNT(*) FROM users");
            int movies = single(statement, "SELECT COUNT(*) FROM movies");
            long tags = single(statement, "SELECT COUNT(*) FROM tags");
            int[] perUser = counts(statement, "SELECT COUNT(*) FROM ratings GROUP BY user_id");
            int[] perMovie = counts(statement, "SELECT COUNT(*) FROM ratings GROUP BY movie_id");
            Map<Float, Long> distribution = new LinkedHashMap<>();
            long ratings = 0;
            double sum = 0;
            try (ResultSet rows = statement.executeQuery(
                    "SELECT rating, COUNT(*) FROM ratings GROUP BY rating ORDER BY rating")) {
                while (rows.next()) {
                    float value = rows.getFloat(1);
                    long count = rows.getLong(2);
                    distribution.put(value, count);
                    ratings += count;
                    sum += (double) value * count;
                }
            }
            double density = ratings == 0 ? 0 : ratings / ((double) perUser.length * perMovie.length);
            return new DatabaseStatistics(perUser.length, registered, movies, perMovie.length, ratings, tags, density,
                    ratings == 0 ? Double.NaN : sum / ratings, distribution, Quantiles.of(perUser),
                    Quantiles.of(perMovie));
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the statistics of " + database.description() + ": "
                    + Database.rootMessage(e), e);
        }
    }

    /**
     * The statistics as an ordered map of JSON-ready values: users, registeredUsers, movies,
     * ratedMovies, ratings, tags, density, meanRating (null when no ratings), distribution (rating
     * value as text, e.g. "3.5" or "4", to count), ratingsPerUser and ratingsPerMovie (quantiles).
     */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("users", users);
        map.put("registeredUsers", registeredUsers);
        map.put("movies", movies);
        map.put("ratedMovies", ratedMovies);
        map.put("ratings", ratings);
        map.put("tags", tags);
        map.put("density", density);
        map.put("meanRating", Double.isNaN(meanRating) ? null : meanRating);
        Map<String, Long> byValue = new LinkedHashMap<>();
        distribution.forEach((value, count) -> byValue.put(formatValue(value), count));
        map.put("distribution", byValue);
        map.put("ratingsPerUser", ratingsPerUser.asMap());
        map.put("ratingsPerMovie", ratingsPerMovie.asMap());
        return map;
    }

    static String formatValue(float value) {
        return value == Math.rint(value) ? Integer.toString((int) value) : Float.toString(value);
    }

    private static int single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static int[] counts(Statement statement, String sql) throws SQLException {
        int[] counts = new int[1024];
        int n = 0;
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                if (n == counts.length) {
                    counts = Arrays.copyOf(counts, n * 2);
                }
                counts[n++] = rows.getInt(1);
            }
        }
        return Arrays.copyOf(counts, n);
    }
}
