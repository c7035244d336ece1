package org.movierec.app.cli;

import org.movierec.app.store.Database;
import picocli.CommandLine.Option;

/** The {@code --database} option of every command that uses the app's database. */
public final class DatabaseOption {
    @Option(names = "--database", paramLabel = "PATH|JDBC-URL",
            description = "The database: a SQLite file or a jdbc:postgresql:// URL (default: $MOVIEREC_DATABASE, else "
                    + Database.DEFAULT_LOCATION + ").")
    String location;

    /** Opens (creating and migrating as needed) the database chosen by the option or the environment. */
    public Database open() {
        return Database.open(location());
    }

    /** The chosen location, credentials included. */
    public String location() {
        return Database.locate(location, System.getenv());
    }
}
