package org.movierec.app.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The app's database, open and migrated to the current schema: a SQLite file (WAL journal, foreign
 * keys enforced, synchronous NORMAL) or a PostgreSQL server, behind a HikariCP connection pool.
 * Thread-safe; close it to release the pool.
 */
public final class Database implements AutoCloseable {
    /** Environment variable naming the database when {@code --database} is not given. */
    public static final String ENVIRONMENT_VARIABLE = "MOVIEREC_DATABASE";
    /** The database used when neither {@code --database} nor the environment names one. */
    public static final String DEFAULT_LOCATION = "data/movierec.db";

    /** The database products movierec supports. */
    public enum Vendor {
        SQLITE, POSTGRESQL
    }

    private final HikariDataSource pool;
    private final Vendor vendor;
    private final String description;

    private Database(HikariDataSource pool, Vendor vendor, String description) {
        this.pool = pool;
        this.vendor = vendor;
        this.description = description;
    }

    /**
     * The location to use: the option if given, else {@value #ENVIRONMENT_VARIABLE}, else
     * {@value #DEFAULT_LOCATION}.
     */
    public static String locate(String option, Map<String, String> environment) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : DEFAULT_LOCATION;
    }

    /**
     * Opens the database at a location, creating and migrating it as needed.
     *
     * @param location a SQLite file path (its folder is created), a {@code jdbc:sqlite:} URL or a
     *     {@code jdbc:postgresql:} URL
     * @throws IllegalArgumentException for an unsupported URL
     * @throws DatabaseException when it cannot be reached or migrated
     */
    public static Database open(String location) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("movierec");
        config.setConnectionTimeout(15_000);
        Vendor vendor;
        String description;
        if (location.startsWith("jdbc:postgresql:")) {
            vendor = Vendor.POSTGRESQL;
            description = withoutCredentials(location);
            config.setJdbcUrl(location);
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            config.setMaximumPoolSize(10);
        } else if (location.startsWith("jdbc:sqlite:") || !location.startsWith("jdbc:")) {
            vendor = Vendor.SQLITE;
            String file = location.startsWith("jdbc:sqlite:") ? location.substring("jdbc:sqlite:".length()) : location;
            description = file;
            createFolder(file);
            SQLiteConfig sqlite = new SQLiteConfig();
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            sqlite.enforceForeignKeys(true);
            sqlite.setBusyTimeout(30_000);
            sqlite.setCacheSize(-65_536);
            SQLiteDataSource dataSource = new SQLiteDataSource(sqlite);
            dataSource.setUrl("jdbc:sqlite:" + file);
            config.setDataSource(dataSource);
            config.setMaximumPoolSize(4);
        } else {
            throw new IllegalArgumentException("unsupported database " + withoutCredentials(location)
                    + "; give a SQLite file path or a jdbc:postgresql:// URL");
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseException("cannot open the database " + description + ": "
                    + firstLine(rootMessage(e)), e);
        }
        Database database = new Database(pool, vendor, description);
        try {
            database.migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return database;
    }

    private static void createFolder(String file) {
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (java.io.IOException e) {
            throw new DatabaseException("cannot create the folder " + parent + " for the database " + file, e);
        }
    }

    private void migrate() {
        String identity = vendor == Vendor.SQLITE ? "INTEGER PRIMARY KEY"
                : "INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .loggers("slf4j")
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("identity", identity,
                            "without_rowid", vendor == Vendor.SQLITE ? " WITHOUT ROWID" : "",
                            "bytes", vendor == Vendor.SQLITE ? "BLOB" : "BYTEA"))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("cannot open or migrate the database " + description + ": "
                    + firstLine(rootMessage(e)), e);
        }
    }

    public Vendor vendor() {
        return vendor;
    }

    /** The location without credentials, for messages. */
    public String description() {
        return description;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** A pooled connection in auto-commit mode; close it to return it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.close();
    }

    static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? e.getMessage() : cause.getMessage();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
