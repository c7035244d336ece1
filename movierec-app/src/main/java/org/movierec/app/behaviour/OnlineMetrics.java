package org.movierec.app.behaviour;

import java.util.Comparator;
import java.util.List;
import org.movierec.app.store.OnlineCountsRepository;
import org.movierec.app.store.OnlineCountsRepository.Counts;
import org.springframework.stereotype.Component;

/**
 * Online metrics of the served models from their impressions: click-through rate (share of lists clicked),
 * CTR@k (clicked among the first k), watchlist-add rate and rating-after-recommendation rate (a movie of
 * the list rated within a week), each with a 95% Wilson score interval, per model, per day, per experiment arm.
 */
@Component
public class OnlineMetrics {
    private static final double Z95 = 1.959964;
    private final OnlineCountsRepository counts;

    public OnlineMetrics(OnlineCountsRepository counts) {
        this.counts = counts;
    }

    /** A rate with its 95% interval. */
    public record Rate(double value, double low, double high) {
        /** successes of trials, with the Wilson score interval (0 trials: all zero). */
        static Rate of(long successes, long trials) {
            if (trials == 0) {
                return new Rate(0, 0, 0);
            }
            double p = (double) successes / trials;
            double z2 = Z95 * Z95;
            double centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
            double half = Z95 * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / (1 + z2 / trials);
            return new Rate(p, Math.max(0, centre - half), Math.min(1, centre + half));
        }
    }

    /** One model's (or one day's) metrics; day is its first second (UTC), -1 for all days. */
    public record Row(String algorithm, long day, long impressions, long clicks, Rate ctr, Rate ctrAtK, Rate watchlistRate, Rate ratingRate) {
        static Row of(Counts c) {
            return new Row(c.algorithm(), c.day(), c.impressions(), c.clicks(), Rate.of(c.clicked(), c.impressions()),
                    Rate.of(c.clickedAtK(), c.impressions()), Rate.of(c.watchlisted(), c.impressions()), Rate.of(c.rated(), c.impressions()));
        }
    }

    /** Per model over impressions since the time (of one experiment when not null), most impressions first. */
    public List<Row> byAlgorithm(long since, Long experimentId, int k) {
        return counts.counts(since, experimentId, k, false).stream().map(Row::of)
                .sorted(Comparator.comparingLong(Row::impressions).reversed().thenComparing(Row::algorithm)).toList();
    }

    /** Per model and day over impressions since the time, by day then model. */
    public List<Row> byDay(long since, int k) {
        return counts.counts(since, null, k, true).stream().map(Row::of)
                .sorted(Comparator.comparingLong(Row::day).thenComparing(Row::algorithm)).toList();
    }
}
