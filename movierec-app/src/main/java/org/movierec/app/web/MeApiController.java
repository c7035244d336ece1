package org.movierec.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.NoSuchElementException;
import org.movierec.app.behaviour.EventRecorder;
import org.movierec.app.behaviour.PersonalRecommender;
import org.movierec.app.store.EventType;
import org.movierec.app.service.RatingCsvImport;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.store.WebRatingRepository;
import org.movierec.app.web.ApiModels.RatingValue;
import org.movierec.app.web.ApiModels.RecommendationsJson;
import org.movierec.app.web.ApiModels.UserRatingJson;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's ratings and recommendations; nobody reaches another user's data through it. */
@RestController
@RequestMapping("/api/me")
@Tag(name = "me")
public class MeApiController {
    private final RecommendationService service;
    private final WebRatingRepository ratings;
    private final RatingWriter writer;
    private final PersonalRecommender recommender;
    private final EventRecorder events;

    public MeApiController(RecommendationService service, WebRatingRepository ratings, RatingWriter writer, PersonalRecommender recommender,
            EventRecorder events) {
        this.events = events;
        this.service = service;
        this.ratings = ratings;
        this.writer = writer;
        this.recommender = recommender;
    }

    @GetMapping("/ratings")
    @Operation(summary = "Your ratings, most recent first")
    public List<UserRatingJson> ratings(@AuthenticationPrincipal AccountUser user) {
        return ratings.ratings(user.userId()).stream().map(this::json).toList();
    }

    @GetMapping("/ratings/{movieId}")
    @Operation(summary = "Your rating of a movie (404 if you have not rated it)")
    public UserRatingJson rating(@AuthenticationPrincipal AccountUser user, @PathVariable int movieId) {
        return ratings.userRating(user.userId(), movieId).map(this::json).orElseThrow(() -> new NoSuchElementException("you have not rated movie " + movieId));
    }

    @PutMapping("/ratings/{movieId}")
    @Operation(summary = "Set or change your rating of a movie")
    public UserRatingJson put(@AuthenticationPrincipal AccountUser user, @PathVariable int movieId, @Valid @RequestBody RatingValue body) {
        Queries.existing(service.library(), movieId);
        writer.put(user.userId(), movieId, Queries.rating(service.library(), body.rating()));
        return rating(user, movieId);
    }

    private UserRatingJson json(WebRatingRepository.UserRating r) {
        return new UserRatingJson(r.movieId(), service.library().movie(r.movieId()).map(m -> m.displayTitle()).orElse(""), r.rating(),
                r.timestamp());
    }

    @DeleteMapping("/ratings/{movieId}")
    @Operation(summary = "Remove your rating of a movie")
    public ResponseEntity<Void> delete(@AuthenticationPrincipal AccountUser user, @PathVariable int movieId) {
        if (!writer.delete(user.userId(), movieId)) {
            throw new NoSuchElementException("you have not rated movie " + movieId);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/ratings/import", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Import a CSV of ratings",
            description = "Header names the movie column (movieId, imdbId or IMDb's Const, or title with year) and the rating column "
                    + "(rating, or IMDb's 'Your Rating' on 1-10). Answers what was imported and which lines did not match.")
    public ApiModels.ImportJson importCsv(@AuthenticationPrincipal AccountUser user, @RequestBody String csv) throws java.io.IOException {
        RatingCsvImport.Result result = RatingCsvImport.read(new java.io.StringReader(csv), service.library());
        writer.putAll(user.userId(), result.ratings());
        return new ApiModels.ImportJson(result.rows(), result.ratings().size(), result.problems());
    }

    @GetMapping("/hidden")
    @Operation(summary = "The movies you marked \"not interested\" (never recommended to you)")
    public java.util.Set<Integer> hidden(@AuthenticationPrincipal AccountUser user) {
        return ratings.hidden(user.userId());
    }

    @PutMapping("/hidden/{movieId}")
    @Operation(summary = "Mark a movie \"not interested\"")
    public ResponseEntity<Void> hide(@AuthenticationPrincipal AccountUser user, @PathVariable int movieId) {
        Queries.existing(service.library(), movieId);
        ratings.hide(user.userId(), movieId);
        events.record(user.userId(), EventType.DISMISS, movieId, null);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/recommendations")
    @Operation(summary = "Your recommendations with explanations, from your ratings, watchlist and recent clicks",
            description = "The impressionId of the answer names this list in POST /api/me/events (clicks with model and position).")
    public RecommendationsJson recommendations(@AuthenticationPrincipal AccountUser user,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int n,
            @RequestParam(required = false) @Size(max = 100) String algorithm,
            @RequestParam(required = false) @Size(max = 100) String genre) {
        PersonalRecommender.Served served = recommender.recommend(user.userId(), n, blankToNull(algorithm), blankToNull(genre), null, null);
        return new RecommendationsJson(served.algorithm(), Long.toString(served.impressionId()),
                served.items().stream().map(ApiModels.RecommendationJson::of).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
