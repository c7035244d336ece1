package org.movierec.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Movie;
import org.movierec.core.data.MovieMetadata;

/** Reads the movie catalogue. Thread-safe. */
public final class MovieRepository {
    private final Database database;

    public MovieRepository(Database database) {
        this.database = database;
    }

    /** Number of movies in the catalogue. */
    public int count() {
        return Queries.count(database, "SELECT COUNT(*) FROM movies");
    }

    /** Number of movies with metadata. */
    public int metadataCount() {
        return Queries.count(database, "SELECT COUNT(*) FROM movie_metadata");
    }

    /** Number of movies with metadata imported from exactly this source (as the importer recorded it). */
    public int metadataCount(String source) {
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM movie_metadata WHERE source = ?")) {
            query.setString(1, source);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot count the movie metadata of " + database.description() + ": "
                    + Database.rootMessage(e), e);
        }
    }

    /** The metadata of every movie that has some, by ascending movie id. */
    public Map<Integer, MovieMetadata> metadata() {
        return metadata(null);
    }

    /** The metadata of one movie, if it has some. */
    public Optional<MovieMetadata> metadata(int movieId) {
        return Optional.ofNullable(metadata(Integer.valueOf(movieId)).get(movieId));
    }

    private Map<Integer, MovieMetadata> metadata(Integer movieId) {
        String where = movieId == null ? "" : " WHERE md.movie_id = ?";
        try (Connection connection = database.connection()) {
            Map<Integer, Map<String, List<String>>> lists = new HashMap<>();
            Map<Integer, Map<String, Double>> tags = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT md.movie_id, md.kind, md.value, md.weight"
                    + " FROM movie_facts md" + where + " ORDER BY md.movie_id, md.kind, md.position")) {
                if (movieId != null) {
                    query.setInt(1, movieId);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int id = rows.getInt(1);
                        String kind = rows.getString(2);
                        if (MetadataWriter.TAG.equals(kind)) {
                            tags.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(rows.getString(3), rows.getDouble(4));
                        } else {
                            lists.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>())
                                    .add(rows.getString(3));
                        }
                    }
                }
            }
            Map<Integer, MovieMetadata> metadata = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT md.movie_id, md.overview,"
                    + " md.runtime_minutes, md.language, md.mpaa_rating, md.release_date, m.imdb_id, m.tmdb_id,"
                    + " md.poster_url, l.external_id, md.critics_score, md.critics_count, md.critics_fresh_percent,"
                    + " md.top_critics_score, md.top_critics_count, md.top_critics_fresh_percent, md.audience_score,"
                    + " md.audience_count, md.audience_percent, md.year FROM movie_metadata md JOIN movies m ON m.id = md.movie_id"
                    + " LEFT JOIN links l ON l.movie_id = md.movie_id AND l.site = '" + MetadataWriter.ROTTEN_TOMATOES
                    + "'" + where + " ORDER BY md.movie_id")) {
                if (movieId != null) {
                    query.setInt(1, movieId);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int id = rows.getInt(1);
                        Map<String, List<String>> facts = lists.getOrDefault(id, Map.of());
                        String date = rows.getString(6);
                        metadata.put(id, new MovieMetadata(id, facts.getOrDefault(MetadataWriter.DIRECTOR, List.of()),
                                facts.getOrDefault(MetadataWriter.WRITER, List.of()),
                                facts.getOrDefault(MetadataWriter.CAST, List.of()),
                                facts.getOrDefault(MetadataWriter.KEYWORD, List.of()), rows.getString(2), rows.getInt(3),
                                rows.getString(4), rows.getString(5), date == null ? null : LocalDate.parse(date), rows.getInt(20),
                                facts.getOrDefault(MetadataWriter.COUNTRY, List.of()), rows.getInt(7), rows.getInt(8),
                                rows.getString(9), critics(rows), tags.getOrDefault(id, Map.of())));
                    }
                }
            }
            return metadata;
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the movie metadata of " + database.description() + ": "
                    + Database.rootMessage(e), e);
        }
    }

    /** The critic scores of the current row (columns 10 to 19), or null when it has none. */
    private static MovieMetadata.CriticScores critics(ResultSet row) throws SQLException {
        String rottenTomatoesId = row.getString(10);
        double allRating = score(row, 11);
        int allReviews = count(row, 12);
        int allScore = count(row, 13);
        double topRating = score(row, 14);
        int topReviews = count(row, 15);
        int topScore = count(row, 16);
        double audienceRating = score(row, 17);
        int audienceRatings = count(row, 18);
        int audienceScore = count(row, 19);
        boolean none = rottenTomatoesId == null && Double.isNaN(allRating) && allReviews < 0 && allScore < 0
                && Double.isNaN(topRating) && topReviews < 0 && topScore < 0 && Double.isNaN(audienceRating)
                && audienceRatings < 0 && audienceScore < 0;
        return none ? null : new MovieMetadata.CriticScores(rottenTomatoesId, allRating, allReviews, allScore, topRating,
                topReviews, topScore, audienceRating, audienceRatings, audienceScore);
    }

    private static double score(ResultSet row, int column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Double.NaN : value;
    }

    private static int count(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? -1 : value;
    }

    /** Every movie with its genres (in the release's order), by ascending id. */
    public Catalog catalog() {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            Map<Integer, List<String>> genres = new HashMap<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT movie_id, genre FROM movie_genres ORDER BY movie_id, position")) {
                while (rows.next()) {
                    genres.computeIfAbsent(rows.getInt(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            List<Movie> movies = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT id, title, year, imdb_id, tmdb_id FROM movies ORDER BY id")) {
                while (rows.next()) {
                    int id = rows.getInt(1);
                    movies.add(new Movie(id, rows.getString(2), rows.getInt(3), genres.getOrDefault(id, List.of()),
                            rows.getInt(4), rows.getInt(5)));
                }
            }
            return new Catalog(movies);
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the movies of " + database.description() + ": "
                    + Database.rootMessage(e), e);
        }
    }
}
