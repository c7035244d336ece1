package org.movierec.app.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;

/** The data sets imported into a database (table {@code imported_releases}). Thread-safe. */
public final class ImportedReleases {
    private final Database database;

    public ImportedReleases(Database database) {
        this.database = database;
    }

    /**
     * What the database's ratings come from: every imported release's name and content fingerprint, in import order
     * ({@code ml-latest-small@3f2a…}); two databases answer the same only when the same releases were imported into
     * them. Empty when nothing was imported.
     */
    public String identity() {
        StringJoiner identity = new StringJoiner(";");
        try (Connection connection = database.connection();
                Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT name, fingerprint FROM imported_releases ORDER BY imported_at, name")) {
            while (rows.next()) {
                identity.add(rows.getString(1) + "@" + rows.getString(2));
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the imported releases of " + database.description() + ": "
                    + Database.rootMessage(e), e);
        }
        return identity.toString();
    }
}
