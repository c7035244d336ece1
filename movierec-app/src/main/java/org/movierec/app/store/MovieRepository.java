package org.movierec.app.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Movie;

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
