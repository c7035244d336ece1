package org.movierec.app.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.movierec.core.algo.ExplainedItem;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.algo.sequential.SequentialModel;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Movie;
import org.movierec.core.data.Profile;

/**
 * Recommendations for any set of ratings: the ratings are folded into the chosen model at request
 * time (no retraining), so a new rating counts on the next request. When no model is trained yet or
 * the profile is empty, the best-rated popular movies answer instead, marked as such.
 */
public final class RecommendationService {
    /** What the service answers with when no model can: the best-rated popular movies. */
    public static final String POPULAR = "popular";
    private static final int MAX_N = 200;

    private final MovieLibrary library;
    private final ModelRegistry models;

    public RecommendationService(MovieLibrary library, ModelRegistry models) {
        this.library = library;
        this.models = models;
    }

    public MovieLibrary library() {
        return library;
    }

    public ModelRegistry models() {
        return models;
    }

    /**
     * A request: how many, from which algorithm (null: the default model), restricted to a genre
     * and year range (nulls: no restriction), never any of the hidden movie ids.
     */
    public record Request(int n, String algorithm, String genre, Integer yearFrom, Integer yearTo, Set<Integer> hidden) {
        public Request {
            if (n < 1 || n > MAX_N) {
                throw new IllegalArgumentException("n must be between 1 and " + MAX_N + ", was " + n);
            }
            hidden = hidden == null ? Set.of() : Set.copyOf(hidden);
        }

        public static Request top(int n) {
            return new Request(n, null, null, null, null, Set.of());
        }
    }

    /**
     * The best movies for someone with these ratings (movie id → rating), excluding movies they rated.
     *
     * @throws IllegalArgumentException if the algorithm is named but no model of it is trained
     */
    public List<Recommendation> recommend(Map<Integer, Float> ratings, Request request) {
        return recommend(ratings, null, request);
    }

    /**
     * As {@link #recommend(Map, Request)}, with when each rating was made (movie id → epoch seconds; null when
     * unknown), which sequence-aware models use.
     */
    public List<Recommendation> recommend(Map<Integer, Float> ratings, Map<Integer, Long> times, Request request) {
        if (request.algorithm() != null && !request.algorithm().isBlank() && models.get(request.algorithm()).isEmpty()) {
            throw new IllegalArgumentException("no trained model of algorithm '" + request.algorithm() + "'; trained models are "
                    + String.join(", ", models.all().stream().map(TrainedModel::name).toList()));
        }
        Set<Integer> excluded = new HashSet<>(ratings.keySet());
        excluded.addAll(request.hidden());
        List<Recommendation> out = new ArrayList<>();
        TrainedModel model = models.get(request.algorithm()).orElse(null);
        if (model != null) {
            Profile profile = profile(model, ratings, times);
            if (!profile.isEmpty()) {
                IdIndex items = model.items();
                IntPredicate candidate = item -> {
                    int id = items.idAt(item);
                    return !excluded.contains(id) && accepts(id, request);
                };
                for (ExplainedItem top : model.model().recommendExplained(profile, request.n(), candidate)) {
                    int id = items.idAt(top.item());
                    excluded.add(id);
                    out.add(explained(model, profile, top, id));
                }
            }
        }
        if (out.size() < request.n()) {
            fillWithPopular(out, excluded, request);
        }
        return out;
    }

    /** The ratings as a profile over the model's item indices; movies the model does not know are left out. */
    static Profile profile(TrainedModel model, Map<Integer, Float> ratings) {
        return profile(model, ratings, null);
    }

    /** As {@link #profile(TrainedModel, Map)}, with the ratings' times when given (a movie without one counts as time 0). */
    static Profile profile(TrainedModel model, Map<Integer, Float> ratings, Map<Integer, Long> times) {
        int[] items = new int[ratings.size()];
        float[] values = new float[ratings.size()];
        long[] at = times == null ? null : new long[ratings.size()];
        int n = 0;
        for (Map.Entry<Integer, Float> e : ratings.entrySet()) {
            int item = model.items().indexOf(e.getKey());
            if (item >= 0 && item < model.model().itemCount()) {
                if (at != null) {
                    at[n] = times.getOrDefault(e.getKey(), 0L);
                }
                items[n] = item;
                values[n++] = e.getValue();
            }
        }
        return Profile.anonymous(java.util.Arrays.copyOf(items, n), java.util.Arrays.copyOf(values, n),
                at == null ? null : java.util.Arrays.copyOf(at, n));
    }

    private boolean accepts(int id, Request request) {
        Movie movie = library.movie(id).orElse(null);
        if (movie == null) {
            return false;
        }
        if (request.genre() != null && !request.genre().isBlank() && !movie.genres().contains(request.genre())) {
            return false;
        }
        if (request.yearFrom() != null && movie.year() < request.yearFrom()) {
            return false;
        }
        return request.yearTo() == null || movie.year() > 0 && movie.year() <= request.yearTo();
    }

    private Recommendation explained(TrainedModel model, Profile profile, ExplainedItem scored, int id) {
        Explanation explanation = scored.explanation();
        List<Integer> because = new ArrayList<>();
        List<String> features = new ArrayList<>();
        int people = 0;
        for (Explanation.Reason reason : explanation.reasons()) {
            if (reason.weight() <= 0) {
                continue;
            }
            if (reason.item() >= 0 && because.size() < 3) {
                because.add(model.items().idAt(reason.item()));
            } else if (reason.feature() != null && reason.feature().startsWith("user:")) {
                people++;
            } else if (reason.feature() != null && features.size() < 3) {
                features.add(reason.feature());
            }
        }
        return new Recommendation(library.stats(id), scored.score(), sentence(explanation.kind(), profile, model, because, features, people),
                because, model.name());
    }

    /** A one-line reason for people, from the kind and pieces of the model's evidence. */
    private String sentence(String kind, Profile profile, TrainedModel model, List<Integer> because, List<String> features, int people) {
        if (!because.isEmpty()) {
            List<String> titles = because.stream().limit(2).map(id -> library.movie(id).map(Movie::displayTitle).orElse("#" + id)).toList();
            float midpoint = (library.scale().min() + library.scale().max()) / 2;
            boolean liked = because.stream().limit(2).allMatch(id -> profile.rating(model.items().indexOf(id)) > midpoint);
            String lead = SequentialModel.KIND.equals(kind) ? "Because you just watched " : liked ? "Because you liked " : "Because you rated ";
            return lead + String.join(" and ", titles);
        }
        if (people > 0 || "similar-users".equals(kind)) {
            return people > 1 ? "Liked by " + people + " people whose ratings resemble yours" : "Liked by people whose ratings resemble yours";
        }
        if ("popularity".equals(kind)) {
            return "Popular with many people";
        }
        if ("baseline".equals(kind)) {
            return "Rated above average by most people";
        }
        if (!features.isEmpty()) {
            return "Matches your taste for " + String.join(", ", features);
        }
        return "Fits the pattern of your ratings";
    }

    private void fillWithPopular(List<Recommendation> out, Set<Integer> excluded, Request request) {
        for (MovieStats stats : library.bestRated(library.movieCount())) {
            if (out.size() >= request.n()) {
                return;
            }
            int id = stats.movie().id();
            if (!excluded.contains(id) && accepts(id, request)) {
                excluded.add(id);
                out.add(new Recommendation(stats, stats.average(),
                        String.format(java.util.Locale.ROOT, "Highly rated: %.1f stars from %d people", stats.average(), stats.count()),
                        List.of(), POPULAR));
            }
        }
    }

    /**
     * Movies like this one: what the model recommends to someone who gave only this movie the top rating.
     * Empty when no model is trained or the model does not know the movie.
     */
    public List<Recommendation> similar(int movieId, int n) {
        TrainedModel model = models.defaultModel().orElse(null);
        if (model == null || model.items().indexOf(movieId) < 0) {
            return List.of();
        }
        Map<Integer, Float> one = Map.of(movieId, library.scale().max());
        Profile profile = profile(model, one);
        IdIndex items = model.items();
        List<Recommendation> out = new ArrayList<>();
        for (ScoredItem scored : model.model().recommend(profile, n, item -> items.idAt(item) != movieId && library.contains(items.idAt(item)))) {
            int id = items.idAt(scored.item());
            out.add(new Recommendation(library.stats(id), scored.score(), "Liked by people who liked " + library.movie(movieId).map(Movie::displayTitle).orElse(""), List.of(movieId), model.name()));
        }
        return out;
    }
}
