package org.movierec.app.behaviour;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.movierec.app.service.Recommendation;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.store.ExperimentRepository;
import org.movierec.app.store.ExperimentRepository.Experiment;
import org.movierec.app.store.ImpressionRepository;
import org.movierec.app.store.WatchlistRepository;
import org.movierec.app.store.WebRatingRepository;
import org.movierec.core.algo.sequential.SequentialAlgorithm;
import org.springframework.stereotype.Component;

/**
 * Recommendations for a signed-in person: their {@link BehaviourSignals} folded into the model, never a
 * rated, watchlisted or dismissed movie; when no algorithm is asked for and an A/B experiment runs, the
 * person's arm chooses the model ({@link #arm}). Every list served is recorded as an impression.
 */
@Component
public class PersonalRecommender {
    /** How recent the latest activity must be for a "Because you just watched" row. */
    static final long FRESH_SECONDS = 3_600;

    private final RecommendationService service;
    private final BehaviourSignals signals;
    private final WebRatingRepository ratings;
    private final WatchlistRepository watchlist;
    private final ImpressionRepository impressions;
    private final ExperimentRepository experiments;

    public PersonalRecommender(RecommendationService service, BehaviourSignals signals, WebRatingRepository ratings,
            WatchlistRepository watchlist, ImpressionRepository impressions, ExperimentRepository experiments) {
        this.service = service;
        this.signals = signals;
        this.ratings = ratings;
        this.watchlist = watchlist;
        this.impressions = impressions;
        this.experiments = experiments;
    }

    /** A served list: its impression id, the model asked for, the movies. */
    public record Served(long impressionId, String algorithm, List<Recommendation> items) {
    }

    /**
     * Recommends for the user (algorithm null: the experiment arm or the default model) and records the impression.
     *
     * @throws IllegalArgumentException if the algorithm is named but no model of it is trained
     */
    public Served recommend(int userId, int n, String algorithm, String genre, Integer yearFrom, Integer yearTo) {
        Experiment experiment = null;
        String chosen = algorithm;
        if (chosen == null) {
            Optional<Experiment> running = experiments.running();
            if (running.isPresent() && service.models().get(arm(userId, running.get())).isPresent()) {
                experiment = running.get();
                chosen = arm(userId, experiment);
            }
        }
        BehaviourSignals.Signals profile = signals.of(userId, service.library().scale());
        Set<Integer> hidden = new TreeSet<>(ratings.hidden(userId));
        List<Recommendation> items = service.recommend(profile.values(), profile.times(),
                new RecommendationService.Request(n, chosen, genre, yearFrom, yearTo, hidden));
        String served = chosen != null ? chosen : service.models().defaultName().orElse(RecommendationService.POPULAR);
        long id = impressions.record(userId, served, experiment == null ? null : experiment.id(),
                items.stream().map(r -> r.stats().movie().id()).toList());
        return new Served(id, served, items);
    }

    /**
     * "Because you just watched …": the {@code sequential} model's list when it is trained and the person's
     * latest rating or watchlist addition is at most {@link #FRESH_SECONDS} old; empty otherwise.
     */
    public Optional<Served> justWatched(int userId, int n) {
        if (service.models().get(SequentialAlgorithm.NAME).isEmpty()) {
            return Optional.empty();
        }
        long latest = Math.max(ratings.ratings(userId).stream().mapToLong(WebRatingRepository.UserRating::timestamp).max().orElse(0),
                watchlist.entries(userId).stream().mapToLong(WatchlistRepository.Entry::addedAt).max().orElse(0));
        if (Instant.now().getEpochSecond() - latest > FRESH_SECONDS) {
            return Optional.empty();
        }
        Served served = recommend(userId, n, SequentialAlgorithm.NAME, null, null, null);
        return served.items().isEmpty() ? Optional.empty() : Optional.of(served);
    }

    /** The user's arm of the experiment: a stable hash of (experiment, user), the same on every request and restart. */
    public static String arm(int userId, Experiment experiment) {
        long h = experiment.id() * 0x9E3779B97F4A7C15L + userId;
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return experiment.arms().get((int) Math.floorMod(h, (long) experiment.arms().size()));
    }
}
