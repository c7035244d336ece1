package org.movierec.app.behaviour;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.movierec.app.store.EventRepository;
import org.movierec.app.store.EventType;
import org.movierec.app.store.WatchlistRepository;
import org.movierec.app.store.WebRatingRepository;
import org.movierec.core.data.RatingScale;
import org.springframework.stereotype.Component;

/**
 * A signed-in person's fold-in profile: ratings as they are, plus implicit signals as pseudo-ratings on the
 * rating scale (docs/WEB.md "Behaviour"): a watchlisted movie counts {@value #WATCHLIST} of the way from the
 * scale's lowest to its highest value (4.55 on 0.5-5 stars), a movie clicked in a recommendation or reached
 * from a search in the last {@value #WEAK_DAYS} days {@value #WEAK} of the way (a weak positive, at most
 * {@value #MAX_WEAK} of them, latest first); a rating always wins over a signal, a watchlist entry over a click.
 * Dismissals ("not interested") are excluded from the candidates rather than weighed: implicit models count
 * any profile entry as a positive. Page views alone are not used (people also open pages of movies they dislike).
 * Each entry carries its time, for sequence-aware models.
 */
@Component
public class BehaviourSignals {
    static final double WATCHLIST = 0.9;
    static final double WEAK = 0.7;
    static final int WEAK_DAYS = 30;
    static final int MAX_WEAK = 20;

    private final WebRatingRepository ratings;
    private final WatchlistRepository watchlist;
    private final EventRepository events;

    public BehaviourSignals(WebRatingRepository ratings, WatchlistRepository watchlist, EventRepository events) {
        this.ratings = ratings;
        this.watchlist = watchlist;
        this.events = events;
    }

    /** The profile: movie id → value, and movie id → when (epoch seconds), in one order. */
    public record Signals(Map<Integer, Float> values, Map<Integer, Long> times) {
    }

    public Signals of(int userId, RatingScale scale) {
        Map<Integer, Float> values = new LinkedHashMap<>();
        Map<Integer, Long> times = new LinkedHashMap<>();
        for (WebRatingRepository.UserRating r : ratings.ratings(userId)) {
            values.put(r.movieId(), r.rating());
            times.put(r.movieId(), r.timestamp());
        }
        float strong = pseudoRating(scale, WATCHLIST);
        for (WatchlistRepository.Entry e : watchlist.entries(userId)) {
            if (values.putIfAbsent(e.movieId(), strong) == null) {
                times.put(e.movieId(), e.addedAt());
            }
        }
        float weak = pseudoRating(scale, WEAK);
        long since = Instant.now().getEpochSecond() - WEAK_DAYS * 86_400L;
        int added = 0;
        for (EventRepository.Event e : events.events(userId, since, 500)) {
            if (added < MAX_WEAK && (e.type() == EventType.CLICK || e.type() == EventType.SEARCH)
                    && values.putIfAbsent(e.movieId(), weak) == null) {
                times.put(e.movieId(), e.at());
                added++;
            }
        }
        return new Signals(values, times);
    }

    /** The value a share of the way from the scale's lowest to its highest rating. */
    static float pseudoRating(RatingScale scale, double share) {
        return (float) (scale.min() + share * (scale.max() - scale.min()));
    }
}
