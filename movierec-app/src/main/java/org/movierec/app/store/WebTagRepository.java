package org.movierec.app.store;

import java.util.List;
import org.movierec.core.data.Tag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the tags people put on movies (table {@code tags}), for movie pages. */
@Repository
public class WebTagRepository {
    private final JdbcClient jdbc;

    public WebTagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Tag> all() {
        return jdbc.sql("SELECT user_id, movie_id, tag, COALESCE(timestamp, 0) AS timestamp FROM tags").query(Tag.class).list();
    }
}
