package org.movierec.app.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts behind the online metrics, per algorithm and optionally per day (UTC), from impressions and the
 * events and ratings that followed them; one grouped query per count.
 */
@Repository
public class OnlineCountsRepository {
    /** How long after an impression a rating of one of its movies counts as following it. */
    public static final long RATING_WINDOW_SECONDS = 7 * 86_400L;
    private static final long DAY = 86_400L;

    private final JdbcClient jdbc;

    public OnlineCountsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The counts of one algorithm (on one day: the day's first second, else -1).
     *
     * @param clicked impressions with at least one click
     * @param clickedAtK impressions with a click on one of their first k movies
     * @param watchlisted impressions from which a movie was added to the watchlist
     * @param rated impressions one of whose movies the user rated within {@link #RATING_WINDOW_SECONDS}
     */
    public record Counts(String algorithm, long day, long impressions, long clicks, long clicked, long clickedAtK, long watchlisted,
            long rated) {
    }

    /** The counts of impressions since the time, per algorithm (and per day when byDay), of one experiment if not null. */
    public List<Counts> counts(long since, Long experimentId, int k, boolean byDay) {
        String day = byDay ? "i.at / " + DAY : "-1";
        String filter = " WHERE i.at >= ?" + (experimentId == null ? "" : " AND i.experiment_id = " + experimentId.longValue());
        String group = " GROUP BY i.algorithm" + (byDay ? ", i.at / " + DAY : "");
        Map<String, long[]> rows = new LinkedHashMap<>();
        jdbc.sql("SELECT i.algorithm, " + day + ", COUNT(*) FROM impressions i" + filter + group).param(since)
                .query((row, n) -> rows.computeIfAbsent(row.getString(1) + "\t" + row.getLong(2), key -> new long[6])[0] = row.getLong(3))
                .list();
        jdbc.sql("SELECT i.algorithm, " + day + ", COUNT(*), COUNT(DISTINCT e.impression_id),"
                + " COUNT(DISTINCT CASE WHEN e.position < ? THEN e.impression_id END) FROM events e JOIN impressions i ON i.id = e.impression_id"
                + filter + " AND e.type = " + EventType.CLICK.code() + group).params(k, since)
                .query((row, n) -> {
                    long[] c = rows.computeIfAbsent(row.getString(1) + "\t" + row.getLong(2), key -> new long[6]);
                    c[1] = row.getLong(3);
                    c[2] = row.getLong(4);
                    c[3] = row.getLong(5);
                    return c;
                }).list();
        jdbc.sql("SELECT i.algorithm, " + day + ", COUNT(DISTINCT e.impression_id) FROM events e JOIN impressions i ON i.id = e.impression_id"
                + filter + " AND e.type = " + EventType.WATCHLIST.code() + group).param(since)
                .query((row, n) -> rows.computeIfAbsent(row.getString(1) + "\t" + row.getLong(2), key -> new long[6])[4] = row.getLong(3))
                .list();
        jdbc.sql("SELECT i.algorithm, " + day + ", COUNT(DISTINCT i.id) FROM impressions i JOIN impression_items ii ON ii.impression_id = i.id"
                + " JOIN ratings r ON r.user_id = i.user_id AND r.movie_id = ii.movie_id AND r.timestamp >= i.at AND r.timestamp < i.at + "
                + RATING_WINDOW_SECONDS + filter + group).param(since)
                .query((row, n) -> rows.computeIfAbsent(row.getString(1) + "\t" + row.getLong(2), key -> new long[6])[5] = row.getLong(3))
                .list();
        List<Counts> out = new ArrayList<>();
        rows.forEach((key, c) -> {
            int tab = key.indexOf('\t');
            long d = Long.parseLong(key.substring(tab + 1));
            out.add(new Counts(key.substring(0, tab), d < 0 ? -1 : d * DAY, c[0], c[1], c[2], c[3], c[4], c[5]));
        });
        return out;
    }
}
