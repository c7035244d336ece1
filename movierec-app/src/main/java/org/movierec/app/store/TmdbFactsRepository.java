package org.movierec.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.movierec.core.data.MovieMetadata;

/**
 * The facts fetched from TMDb ({@code tmdb_movies} and one table per list of facts: directors, cast,
 * keywords). A batch of answers is written in one transaction, so a stop loses at most the batch being
 * written and a restart asks TMDb only about the movies without a row. Thread-safe.
 */
public final class TmdbFactsRepository {
    private static final String[][] LISTS = {{"tmdb_directors", "name"}, {"tmdb_cast", "name"}, {"tmdb_keywords", "keyword"}};

    private final Database database;

    public TmdbFactsRepository(Database database) {
        this.database = database;
    }

    /** A catalogue movie with a TMDb id. */
    public record Link(int movieId, int tmdbId) {
    }

    /**
     * What TMDb answered about a movie.
     *
     * @param facts directors, cast, keywords, overview, runtime and language; null when TMDb does not know the id
     */
    public record Answer(Link link, MovieMetadata facts) {
    }

    /**
     * How far the fetching is.
     *
     * @param linked catalogue movies with a TMDb id
     * @param asked of those, the ones TMDb was asked about
     * @param found of those, the ones TMDb knew
     */
    public record Coverage(int linked, int asked, int found) {
    }

    /** Up to limit movies with a TMDb id that TMDb was not asked about yet, by ascending movie id. */
    public List<Link> pending(int limit) {
        List<Link> links = new ArrayList<>();
        try (Connection connection = database.connection(); PreparedStatement query = connection.prepareStatement(
                "SELECT m.id, m.tmdb_id FROM movies m WHERE m.tmdb_id > 0 AND NOT EXISTS"
                        + " (SELECT 1 FROM tmdb_movies t WHERE t.movie_id = m.id) ORDER BY m.id LIMIT ?")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    links.add(new Link(rows.getInt(1), rows.getInt(2)));
                }
            }
        } catch (SQLException e) {
            throw failure("read the movies to ask TMDb about", e);
        }
        return links;
    }

    public Coverage coverage() {
        return new Coverage(Queries.count(database, "SELECT COUNT(*) FROM movies WHERE tmdb_id > 0"),
                Queries.count(database, "SELECT COUNT(*) FROM tmdb_movies"),
                Queries.count(database, "SELECT COUNT(*) FROM tmdb_movies WHERE found"));
    }

    /** Writes the answers in one transaction (an answer for a movie asked before replaces it). */
    public void save(List<Answer> answers) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM tmdb_movies WHERE movie_id = ?");
                    PreparedStatement movie = connection.prepareStatement("INSERT INTO tmdb_movies (movie_id, tmdb_id,"
                            + " fetched_at, found, overview, runtime_minutes, original_language) VALUES (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement directors = listInsert(connection, 0);
                    PreparedStatement cast = listInsert(connection, 1);
                    PreparedStatement keywords = listInsert(connection, 2)) {
                long now = System.currentTimeMillis() / 1000;
                for (Answer answer : answers) {
                    int id = answer.link().movieId();
                    clear.setInt(1, id);
                    clear.addBatch();
                    MovieMetadata facts = answer.facts();
                    movie.setInt(1, id);
                    movie.setInt(2, answer.link().tmdbId());
                    movie.setLong(3, now);
                    movie.setBoolean(4, facts != null);
                    movie.setString(5, facts == null ? null : facts.overview());
                    DatabaseImporter.setPositiveOrNull(movie, 6, facts == null ? 0 : facts.runtimeMinutes());
                    movie.setString(7, facts == null ? null : facts.language());
                    movie.addBatch();
                    if (facts != null) {
                        addList(directors, id, facts.directors());
                        addList(cast, id, facts.cast());
                        addList(keywords, id, facts.keywords());
                    }
                }
                DatabaseImporter.executeAll(clear, movie, directors, cast, keywords);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("write the facts fetched from TMDb", e);
        }
    }

    private static PreparedStatement listInsert(Connection connection, int list) throws SQLException {
        return connection.prepareStatement("INSERT INTO " + LISTS[list][0] + " (movie_id, position, " + LISTS[list][1]
                + ") VALUES (?, ?, ?)");
    }

    private static void addList(PreparedStatement insert, int movieId, List<String> values) throws SQLException {
        int position = 0;
        for (String value : values) {
            insert.setInt(1, movieId);
            insert.setInt(2, position++);
            insert.setString(3, value);
            insert.addBatch();
        }
    }

    /** The facts of every movie TMDb knew, by movie id. */
    public Map<Integer, MovieMetadata> all() {
        try (Connection connection = database.connection()) {
            List<Map<Integer, List<String>>> lists = new ArrayList<>();
            for (String[] list : LISTS) {
                Map<Integer, List<String>> byMovie = new HashMap<>();
                try (PreparedStatement query = connection.prepareStatement("SELECT movie_id, " + list[1] + " FROM "
                        + list[0] + " ORDER BY movie_id, position"); ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        byMovie.computeIfAbsent(rows.getInt(1), k -> new ArrayList<>()).add(rows.getString(2));
                    }
                }
                lists.add(byMovie);
            }
            Map<Integer, MovieMetadata> facts = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT movie_id, tmdb_id, overview, runtime_minutes,"
                    + " original_language FROM tmdb_movies WHERE found ORDER BY movie_id"); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int id = rows.getInt(1);
                    facts.put(id, new MovieMetadata(id, lists.get(0).getOrDefault(id, List.of()), List.of(),
                            lists.get(1).getOrDefault(id, List.of()), lists.get(2).getOrDefault(id, List.of()),
                            rows.getString(3), rows.getInt(4), rows.getString(5), null, null, 0, List.of(), 0,
                            rows.getInt(2), null, null, Map.of()));
                }
            }
            return facts;
        } catch (SQLException e) {
            throw failure("read the facts fetched from TMDb", e);
        }
    }

    private DatabaseException failure(String what, SQLException e) {
        return new DatabaseException("cannot " + what + " in " + database.description() + ": " + Database.rootMessage(e), e);
    }
}
