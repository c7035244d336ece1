package org.movierec.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The record of every model training (table {@code models}): algorithm, parameters, when, on which
 * data snapshot, the evaluation metrics once measured, the model file, and which algorithm is the
 * default (at most one row has {@code is_default}; the default survives restarts).
 */
public final class ModelRecordRepository {
    private static final String COLUMNS = "id, algorithm, params, trained_at, data_snapshot, metrics, file_path, is_default";

    private final Database database;

    public ModelRecordRepository(Database database) {
        this.database = database;
    }

    /**
     * One training.
     *
     * @param params the parameters as written for the command line ({@code k=40,sim=pearson})
     * @param dataSnapshot what it was trained on, as JSON ({@code {"ratings":…,"users":…,"movies":…}})
     * @param metrics the hold-out evaluation's metrics as JSON, null until measured
     */
    public record ModelRecord(long id, String algorithm, String params, Instant trainedAt, String dataSnapshot, String metrics,
            String filePath, boolean isDefault) {
    }

    /** Records a training; answers its id. */
    public long add(String algorithm, String params, Instant trainedAt, String dataSnapshot, String filePath) {
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO models (algorithm, params, trained_at,"
                        + " data_snapshot, file_path, is_default) VALUES (?, ?, ?, ?, ?, FALSE)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, algorithm);
            insert.setString(2, params);
            insert.setLong(3, trainedAt.getEpochSecond());
            insert.setString(4, dataSnapshot);
            insert.setString(5, filePath == null ? "" : filePath);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("record the training of " + algorithm, e);
        }
    }

    /** Stores the evaluation metrics (JSON) of a training. */
    public void setMetrics(long id, String metrics) {
        update("store the metrics of model " + id, "UPDATE models SET metrics = ? WHERE id = ?", metrics, id);
    }

    /** Makes the algorithm's latest training the default, in one transaction; false if it was never trained. */
    public boolean setDefault(String algorithm) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement clear = connection.prepareStatement("UPDATE models SET is_default = FALSE WHERE is_default");
                    PreparedStatement set = connection.prepareStatement("UPDATE models SET is_default = TRUE"
                            + " WHERE id = (SELECT MAX(id) FROM models WHERE algorithm = ?)")) {
                clear.executeUpdate();
                set.setString(1, algorithm);
                if (set.executeUpdate() == 0) {
                    connection.rollback();
                    return false;
                }
                connection.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("make " + algorithm + " the default model", e);
        }
    }

    /** The algorithm of the default model, if one was chosen. */
    public Optional<String> defaultAlgorithm() {
        return query("SELECT algorithm FROM models WHERE is_default", rows -> rows.next() ? rows.getString(1) : null);
    }

    /** The latest training of each algorithm, oldest algorithm first. */
    public List<ModelRecord> latest() {
        return query("SELECT " + COLUMNS + " FROM models m WHERE id = (SELECT MAX(id) FROM models WHERE algorithm = m.algorithm)"
                + " ORDER BY id", ModelRecordRepository::records).orElseThrow();
    }

    private static List<ModelRecord> records(ResultSet rows) throws SQLException {
        List<ModelRecord> out = new ArrayList<>();
        while (rows.next()) {
            out.add(new ModelRecord(rows.getLong(1), rows.getString(2), rows.getString(3), Instant.ofEpochSecond(rows.getLong(4)),
                    rows.getString(5), rows.getString(6), rows.getString(7), rows.getBoolean(8)));
        }
        return out;
    }

    private interface RowsReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> Optional<T> query(String sql, RowsReader<T> reader) {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return Optional.ofNullable(reader.read(rows));
        } catch (SQLException e) {
            throw failure("read the model records", e);
        }
    }

    private void update(String what, String sql, String text, long id) {
        try (Connection connection = database.connection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, text);
            update.setLong(2, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private DatabaseException failure(String what, SQLException e) {
        return new DatabaseException("cannot " + what + " in " + database.description() + ": " + Database.rootMessage(e), e);
    }
}
