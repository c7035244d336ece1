package org.movierec.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.data.MovieMetadata.CriticScores;
import org.movierec.core.util.Progress;

/**
 * Writes movie metadata inside the importer's transaction: one {@code movie_metadata} row per movie,
 * its lists as {@code movie_facts} rows, its Rotten Tomatoes id as a link, and IMDb/TMDb ids into
 * {@code movies} where the release lacks them. A movie's facts and links are replaced as a whole.
 */
final class MetadataWriter {
    /** The kinds of {@code movie_facts} rows. */
    static final String DIRECTOR = "director";
    static final String WRITER = "writer";
    static final String CAST = "cast";
    static final String KEYWORD = "keyword";
    static final String COUNTRY = "country";
    static final String TAG = "tag";
    static final String ROTTEN_TOMATOES = "rottentomatoes";

    private MetadataWriter() {
    }

    static void write(Connection connection, Map<Integer, MovieMetadata> metadata, String source, Progress progress)
            throws SQLException {
        if (metadata.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO movie_metadata (movie_id, overview, runtime_minutes, language, mpaa_rating, release_date,"
                        + " critics_score, critics_count, audience_score, audience_count, source, poster_url,"
                        + " critics_fresh_percent, top_critics_score, top_critics_count, top_critics_fresh_percent,"
                        + " audience_percent, year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (movie_id) DO UPDATE SET overview = excluded.overview,"
                        + " runtime_minutes = excluded.runtime_minutes, language = excluded.language,"
                        + " mpaa_rating = excluded.mpaa_rating, release_date = excluded.release_date,"
                        + " critics_score = excluded.critics_score, critics_count = excluded.critics_count,"
                        + " audience_score = excluded.audience_score, audience_count = excluded.audience_count,"
                        + " source = excluded.source, poster_url = excluded.poster_url,"
                        + " critics_fresh_percent = excluded.critics_fresh_percent,"
                        + " top_critics_score = excluded.top_critics_score,"
                        + " top_critics_count = excluded.top_critics_count,"
                        + " top_critics_fresh_percent = excluded.top_critics_fresh_percent,"
                        + " audience_percent = excluded.audience_percent, year = excluded.year");
                PreparedStatement clearFacts = connection.prepareStatement("DELETE FROM movie_facts WHERE movie_id = ?");
                PreparedStatement clearLinks = connection.prepareStatement("DELETE FROM links WHERE movie_id = ?");
                PreparedStatement addFact = connection.prepareStatement(
                        "INSERT INTO movie_facts (movie_id, kind, position, value, weight) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement link = connection.prepareStatement(
                        "INSERT INTO links (movie_id, site, external_id) VALUES (?, ?, ?)"
                                + " ON CONFLICT (movie_id, site) DO UPDATE SET external_id = excluded.external_id");
                PreparedStatement ids = connection.prepareStatement(
                        "UPDATE movies SET imdb_id = COALESCE(imdb_id, ?), tmdb_id = COALESCE(tmdb_id, ?) WHERE id = ?")) {
            int pending = 0;
            for (MovieMetadata movie : metadata.values()) {
                int id = movie.movieId();
                CriticScores critics = movie.critics();
                upsert.setInt(1, id);
                upsert.setString(2, movie.overview());
                DatabaseImporter.setPositiveOrNull(upsert, 3, movie.runtimeMinutes());
                upsert.setString(4, movie.language());
                upsert.setString(5, movie.mpaaRating());
                upsert.setString(6, movie.releaseDate() == null ? null : movie.releaseDate().toString());
                setScore(upsert, 7, critics == null ? Double.NaN : critics.allCriticsRating());
                setCount(upsert, 8, critics == null ? -1 : critics.allCriticsReviews());
                setScore(upsert, 9, critics == null ? Double.NaN : critics.audienceRating());
                setCount(upsert, 10, critics == null ? -1 : critics.audienceRatings());
                upsert.setString(11, source);
                upsert.setString(12, movie.posterUrl());
                setCount(upsert, 13, critics == null ? -1 : critics.allCriticsScore());
                setScore(upsert, 14, critics == null ? Double.NaN : critics.topCriticsRating());
                setCount(upsert, 15, critics == null ? -1 : critics.topCriticsReviews());
                setCount(upsert, 16, critics == null ? -1 : critics.topCriticsScore());
                setCount(upsert, 17, critics == null ? -1 : critics.audienceScore());
                DatabaseImporter.setPositiveOrNull(upsert, 18, movie.year());
                upsert.addBatch();
                clearFacts.setInt(1, id);
                clearFacts.addBatch();
                clearLinks.setInt(1, id);
                clearLinks.addBatch();
                addFacts(addFact, id, DIRECTOR, movie.directors());
                addFacts(addFact, id, WRITER, movie.writers());
                addFacts(addFact, id, CAST, movie.cast());
                addFacts(addFact, id, KEYWORD, movie.keywords());
                addFacts(addFact, id, COUNTRY, movie.countries());
                int position = 0;
                for (Map.Entry<String, Double> tag : movie.tags().entrySet()) {
                    addFact(addFact, id, TAG, position++, tag.getKey(), tag.getValue());
                }
                if (critics != null && critics.rottenTomatoesId() != null && !critics.rottenTomatoesId().isBlank()) {
                    link.setInt(1, id);
                    link.setString(2, ROTTEN_TOMATOES);
                    link.setString(3, critics.rottenTomatoesId());
                    link.addBatch();
                }
                if (movie.imdbId() > 0 || movie.tmdbId() > 0) {
                    DatabaseImporter.setPositiveOrNull(ids, 1, movie.imdbId());
                    DatabaseImporter.setPositiveOrNull(ids, 2, movie.tmdbId());
                    ids.setInt(3, id);
                    ids.addBatch();
                }
                if (++pending == DatabaseImporter.BATCH) {
                    DatabaseImporter.executeAll(upsert, clearFacts, clearLinks, addFact, link, ids);
                    progress.step(pending);
                    pending = 0;
                }
            }
            DatabaseImporter.executeAll(upsert, clearFacts, clearLinks, addFact, link, ids);
            progress.step(pending);
        }
    }

    private static void addFacts(PreparedStatement addFact, int movieId, String kind, List<String> values)
            throws SQLException {
        int position = 0;
        for (String value : values) {
            addFact(addFact, movieId, kind, position++, value, null);
        }
    }

    private static void addFact(PreparedStatement addFact, int movieId, String kind, int position, String value,
            Double weight) throws SQLException {
        addFact.setInt(1, movieId);
        addFact.setString(2, kind);
        addFact.setInt(3, position);
        addFact.setString(4, value);
        if (weight == null) {
            addFact.setNull(5, Types.REAL);
        } else {
            addFact.setDouble(5, weight);
        }
        addFact.addBatch();
    }

    private static void setScore(PreparedStatement statement, int index, double value) throws SQLException {
        if (Double.isNaN(value) || value < 0) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static void setCount(PreparedStatement statement, int index, int value) throws SQLException {
        if (value < 0) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
