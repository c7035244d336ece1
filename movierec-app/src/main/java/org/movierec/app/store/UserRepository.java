package org.movierec.app.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.movierec.core.data.UserInfo;

/** Reads the users. Thread-safe. */
public final class UserRepository {
    private final Database database;

    public UserRepository(Database database) {
        this.database = database;
    }

    /** Number of users, with or without ratings. */
    public int count() {
        return Queries.count(database, "SELECT COUNT(*) FROM users");
    }

    /** Every user with whatever demographics are known (null or 0 where not), by ascending id. */
    public Map<Integer, UserInfo> users() {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT id, gender, age, occupation, zip_code FROM users ORDER BY id")) {
            Map<Integer, UserInfo> users = new LinkedHashMap<>();
            while (rows.next()) {
                int id = rows.getInt(1);
                users.put(id, new UserInfo(id, rows.getString(2), rows.getInt(3), rows.getString(4), rows.getString(5)));
            }
            return users;
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the users of " + database.description() + ": "
                    + Database.rootMessage(e), e);
        }
    }
}
