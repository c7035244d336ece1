package org.movierec.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void optionWinsOverEnvironmentWhichWinsOverDefault() {
        Map<String, String> env = Map.of(Database.ENVIRONMENT_VARIABLE, "/srv/env.db");
        assertThat(Database.locate("x.db", env)).isEqualTo("x.db");
        assertThat(Database.locate(null, env)).isEqualTo("/srv/env.db");
        assertThat(Database.locate(null, Map.of())).isEqualTo("data/movierec.db");
        assertThat(Database.locate(" ", Map.of(Database.ENVIRONMENT_VARIABLE, ""))).isEqualTo("data/movierec.db");
    }

    @Test
    void sqliteRunsWithWalForeignKeysAndNormalSync() throws SQLException {
        try (Database database = Database.open(folder.resolve("a/b/m.db").toString());
                Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            assertThat(database.vendor()).isEqualTo(Database.Vendor.SQLITE);
            assertThat(single(statement, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(single(statement, "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(single(statement, "PRAGMA synchronous")).isEqualTo("1");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "INSERT INTO ratings (user_id, movie_id, rating) VALUES (1, 1, 4)"))
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void reopeningKeepsDataAndSchema() throws SQLException, java.io.IOException {
        String location = "jdbc:sqlite:" + folder.resolve("m.db");
        try (Database database = Database.open(location); Connection c = database.connection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO users (id, source) VALUES (7, 'web')");
        }
        try (Database database = Database.open(location); Connection c = database.connection();
                Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT COUNT(*) FROM users")).isEqualTo("1");
            assertThat(single(s, "SELECT COUNT(*) FROM flyway_schema_history WHERE success")).as("every migration applied once")
                    .isEqualTo(String.valueOf(migrations()));
        }
    }

    @Test
    void accountAndModelIdsAreNumberedAndOnlyOneModelIsDefault() throws SQLException {
        try (Database database = Database.open(folder.resolve("m.db").toString()); Connection c = database.connection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO users (id, source) VALUES (1, 'web')");
            s.executeUpdate("INSERT INTO accounts (username, password_hash, user_id, role, created_at)"
                    + " VALUES ('ann', 'x', 1, 'USER', 0)");
            assertThat(single(s, "SELECT id FROM accounts WHERE username = 'ann'")).isEqualTo("1");
            s.executeUpdate("INSERT INTO models (algorithm, params, trained_at, data_snapshot, file_path, is_default)"
                    + " VALUES ('svd', '{}', 0, 'x', 'a.model', TRUE)");
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO models (algorithm, params, trained_at, data_snapshot,"
                    + " file_path, is_default) VALUES ('svd', '{}', 0, 'x', 'b.model', TRUE)")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void unsupportedUrlsAndUnreachableServersGetPlainErrors() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/x?password=secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported database jdbc:mysql://localhost/x?password=***; give a SQLite file path or a"
                        + " jdbc:postgresql:// URL");
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://localhost:1/none?user=u&password=secret"))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("cannot open the database jdbc:postgresql://localhost:1/none?user=u&password=***")
                .hasMessageNotContaining("secret");
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    /** How many migration files the app ships. */
    private static long migrations() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(
                java.util.Objects.requireNonNull(DatabaseTest.class.getResource("/db/migration")).toURI()))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sql")).count();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
