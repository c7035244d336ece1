package org.movierec.app.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.movierec.app.service.MovieStats;
import org.movierec.app.service.PageResult;
import org.movierec.app.service.Recommendation;
import org.movierec.app.service.TrainedModel;
import org.movierec.core.data.MovieMetadata;

/** The JSON shapes of the REST API. */
public final class ApiModels {
    private ApiModels() {
    }

    /** A movie in a listing; averageRating is null when nobody rated it. */
    public record MovieJson(int movieId, String title, int year, List<String> genres, int ratingCount, Double averageRating) {
        static MovieJson of(MovieStats s) {
            return new MovieJson(s.movie().id(), s.movie().title(), s.movie().year(), s.movie().genres(), s.count(),
                    Double.isNaN(s.average()) ? null : Math.round(s.average() * 100) / 100.0);
        }
    }

    /**
     * A movie with its rating histogram (counts per half star from 0.5 to 5), its most used tags and,
     * when metadata was imported, its credits and facts (empty lists and nulls otherwise).
     */
    public record MovieDetailJson(int movieId, String title, int year, List<String> genres, int ratingCount, Double averageRating,
            int[] histogram, List<String> tags, int imdbId, int tmdbId, List<String> directors, List<String> writers,
            List<String> cast, String overview, Integer runtimeMinutes, List<String> countries, String mpaaRating,
            String language, String releaseDate) {
        static MovieDetailJson of(MovieStats s, List<String> tags, MovieMetadata facts) {
            MovieJson m = MovieJson.of(s);
            MovieMetadata f = facts == null ? MovieMetadata.empty(s.movie().id()) : facts;
            return new MovieDetailJson(m.movieId(), m.title(), m.year(), m.genres(), m.ratingCount(), m.averageRating(),
                    s.histogram(), tags, s.movie().imdbId(), s.movie().tmdbId(), f.directors(), f.writers(), f.cast(),
                    f.overview(), f.runtimeMinutes() > 0 ? f.runtimeMinutes() : null, f.countries(), f.mpaaRating(),
                    f.language(), f.releaseDate() == null ? null : f.releaseDate().toString());
        }
    }

    /** One page of a listing. */
    public record PageJson<T>(List<T> items, int page, int size, int total, int pages) {
        static PageJson<MovieJson> of(PageResult<MovieStats> page) {
            return new PageJson<>(page.items().stream().map(MovieJson::of).toList(), page.page(), page.size(), page.total(), page.pages());
        }
    }

    /**
     * A recommended movie.
     *
     * @param becauseMovieIds the rated movies weighing most in the score
     * @param algorithm the model that answered ("popular" when none could)
     */
    public record RecommendationJson(int movieId, String title, int year, List<String> genres, double score, String explanation,
            List<Integer> becauseMovieIds, String algorithm) {
        static RecommendationJson of(Recommendation r) {
            return new RecommendationJson(r.stats().movie().id(), r.stats().movie().title(), r.stats().movie().year(),
                    r.stats().movie().genres(), Math.round(r.score() * 10000) / 10000.0, r.explanation(), r.because(), r.source());
        }
    }

    /** A list of recommendations and the model that was asked. */
    /**
     * A recommendation list; impressionId (signed-in requests) names it in events ({@code POST /api/me/events}),
     * null for anonymous requests, which are not recorded.
     */
    public record RecommendationsJson(String algorithm, String impressionId, List<RecommendationJson> items) {
    }

    /** A rating of a movie. */
    public record RatingJson(@NotNull Integer movieId, @NotNull Float rating) {
    }

    /** A rating of a movie by the signed-in user, with its time. */
    public record UserRatingJson(int movieId, String title, float rating, long timestamp) {
    }

    /** The body of PUT /api/me/ratings/{movieId}. */
    public record RatingValue(@NotNull Float rating) {
    }

    /** A profile posted for stateless recommendations. */
    public record ProfileJson(@NotNull @Size(max = 10_000) List<@Valid @NotNull RatingJson> ratings) {
    }

    /** The outcome of a CSV import: rows read, ratings imported, and the lines that did not match. */
    public record ImportJson(int rows, int imported, List<String> problems) {
    }

    /**
     * A model being served.
     *
     * @param metrics the hold-out evaluation of its latest training (rmse, mae, ndcg@10, precision@10, ...), empty until measured
     */
    public record ModelJson(String algorithm, String description, Map<String, String> params, boolean isDefault, String trainedAt,
            long trainingMillis, int items, Map<String, Double> metrics) {
        static ModelJson of(TrainedModel m, boolean isDefault, Map<String, Double> metrics) {
            return new ModelJson(m.name(), m.description(), m.params(), isDefault, m.trainedAt().toString(), m.trainingTime().toMillis(),
                    m.model().itemCount(), metrics);
        }
    }
}
