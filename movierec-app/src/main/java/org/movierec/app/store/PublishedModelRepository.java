package org.movierec.app.store;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Model files published for every app instance (table {@code model_files}): the bytes of a model file,
 * keyed by the id of its training record in {@code models}, which is the model's version.
 */
@Repository
public class PublishedModelRepository {
    private final JdbcClient jdbc;

    public PublishedModelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published model file. */
    public record Published(long version, String algorithm, String params, String sha256, byte[] content) {
    }

    /** Publishes the file of a training record; a second publication of the same version changes nothing. */
    public void publish(long version, String algorithm, String params, String sha256, byte[] content) {
        jdbc.sql("INSERT INTO model_files (model_id, algorithm, params, sha256, size, content) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (model_id) DO NOTHING")
                .params(version, algorithm, params, sha256, content.length, content).update();
    }

    /** Whether the version's file is published. */
    public boolean isPublished(long version) {
        return jdbc.sql("SELECT COUNT(*) FROM model_files WHERE model_id = ?").param(version).query(Long.class).single() > 0;
    }

    /** The latest published version of the algorithm with these parameters (written as {@code k=40,sim=cosine}). */
    public Optional<Long> latestVersion(String algorithm, String params) {
        return jdbc.sql("SELECT MAX(model_id) FROM model_files WHERE algorithm = ? AND params = ?")
                .params(algorithm, params).query(Long.class).optional();
    }

    /** The latest published version of every algorithm. */
    public Map<String, Long> latestVersions() {
        Map<String, Long> out = new TreeMap<>();
        jdbc.sql("SELECT algorithm, MAX(model_id) FROM model_files GROUP BY algorithm")
                .query((row, n) -> out.put(row.getString(1), row.getLong(2))).list();
        return out;
    }

    /** The published file of a version. */
    public Optional<Published> get(long version) {
        return jdbc.sql("SELECT model_id, algorithm, params, sha256, content FROM model_files WHERE model_id = ?").param(version)
                .query((row, n) -> new Published(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getBytes(5)))
                .optional();
    }
}
