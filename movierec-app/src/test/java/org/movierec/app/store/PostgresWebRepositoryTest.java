package org.movierec.app.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The web repositories on PostgreSQL, at the server named by {@code MOVIEREC_TEST_POSTGRES_URL}
 * (skipped when unset); each test works in a schema of its own, dropped afterwards.
 */
class PostgresWebRepositoryTest extends WebRepositoryContract {
    private String url;
    private String schema;

    @Override
    String freshLocation() throws SQLException {
        url = System.getenv(PostgresStoreTest.URL_VARIABLE);
        assumeTrue(url != null && !url.isBlank(), PostgresStoreTest.URL_VARIABLE + " is not set: PostgreSQL tests skipped");
        schema = "test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    void dispose() throws SQLException {
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
