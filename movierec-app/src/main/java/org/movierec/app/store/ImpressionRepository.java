package org.movierec.app.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Recommendation lists shown to signed-in users (tables {@code impressions} and {@code impression_items}). */
@Repository
public class ImpressionRepository {
    private final JdbcClient jdbc;

    public ImpressionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One shown list: who saw it, which model served it, in which experiment (null: none). */
    public record Impression(long id, int userId, long at, String algorithm, Long experimentId) {
    }

    /** Records a list shown now, with its movies by position; answers its id. */
    @Transactional
    public long record(int userId, String algorithm, Long experimentId, List<Integer> movieIds) {
        long id = jdbc.sql("INSERT INTO impressions (user_id, at, algorithm, experiment_id, size) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(userId, Instant.now().getEpochSecond(), algorithm, experimentId, movieIds.size()).query(Long.class).single();
        for (int p = 0; p < movieIds.size(); p++) {
            jdbc.sql("INSERT INTO impression_items (impression_id, position, movie_id) VALUES (?, ?, ?)").params(id, p, movieIds.get(p))
                    .update();
        }
        return id;
    }

    /** The user's impression of this id (empty if there is none, or it is someone else's). */
    public Optional<Impression> find(int userId, long id) {
        return jdbc.sql("SELECT id, user_id, at, algorithm, experiment_id FROM impressions WHERE id = ? AND user_id = ?").params(id, userId)
                .query((row, n) -> new Impression(row.getLong(1), row.getInt(2), row.getLong(3), row.getString(4),
                        row.getObject(5) == null ? null : row.getLong(5)))
                .optional();
    }

    /** The position of the movie in the impression, or empty when it was not shown there. */
    public Optional<Integer> position(long impressionId, int movieId) {
        return jdbc.sql("SELECT MIN(position) FROM impression_items WHERE impression_id = ? AND movie_id = ?").params(impressionId, movieId)
                .query((row, n) -> row.getObject(1) == null ? null : row.getInt(1)).optional();
    }
}
