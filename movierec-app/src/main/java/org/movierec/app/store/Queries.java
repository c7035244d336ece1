package org.movierec.app.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small query helpers shared by the repositories. */
final class Queries {
    private Queries() {
    }

    /** The integer a one-row, one-column query answers. */
    static int count(Database database, String sql) {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw new DatabaseException("cannot query " + database.description() + ": " + Database.rootMessage(e), e);
        }
    }
}
