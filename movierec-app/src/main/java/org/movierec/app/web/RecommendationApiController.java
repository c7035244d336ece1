package org.movierec.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.service.TrainedModel;
import org.movierec.app.web.ApiModels.ModelJson;
import org.movierec.app.web.ApiModels.ProfileJson;
import org.movierec.app.web.ApiModels.RatingJson;
import org.movierec.app.web.ApiModels.RecommendationJson;
import org.movierec.app.web.ApiModels.RecommendationsJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recommendations for a posted profile (no account needed) and the models that make them. */
@RestController
@RequestMapping("/api")
@Tag(name = "recommendations")
public class RecommendationApiController {
    private final RecommendationService service;
    private final ModelJobs jobs;

    public RecommendationApiController(RecommendationService service, ModelJobs jobs) {
        this.service = service;
        this.jobs = jobs;
    }

    @PostMapping("/recommendations")
    @Operation(summary = "Recommendations for a posted profile",
            description = "Stateless fold-in of the posted ratings: the same answer an account with these ratings gets. Rated movies are never recommended.")
    public RecommendationsJson recommend(@Valid @RequestBody ProfileJson profile,
            @RequestParam(defaultValue = "10") @Min(1) @Max(200) int n,
            @RequestParam(required = false) @Size(max = 100) String algorithm,
            @RequestParam(required = false) @Size(max = 100) String genre) {
        Map<Integer, Float> ratings = new LinkedHashMap<>();
        for (RatingJson r : profile.ratings()) {
            if (!service.library().contains(r.movieId())) {
                throw new IllegalArgumentException("movie " + r.movieId() + " of the posted ratings is not in the catalogue");
            }
            ratings.put(r.movieId(), Queries.rating(service.library(), r.rating()));
        }
        return recommendations(service, ratings, n, algorithm, genre, Set.of());
    }

    static RecommendationsJson recommendations(RecommendationService service, Map<Integer, Float> ratings, int n, String algorithm,
            String genre, Set<Integer> hidden) {
        var request = new RecommendationService.Request(n, blankToNull(algorithm), blankToNull(genre), null, null, hidden);
        List<RecommendationJson> items = service.recommend(ratings, request).stream().map(RecommendationJson::of).toList();
        String asked = request.algorithm() != null ? request.algorithm()
                : service.models().defaultName().orElse(RecommendationService.POPULAR);
        return new RecommendationsJson(asked, null, items);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @GetMapping("/models")
    @Operation(summary = "The trained models being served with the hold-out metrics of their latest training;"
            + " the default one answers when no algorithm is named")
    public List<ModelJson> models() {
        String defaultName = service.models().defaultName().orElse(null);
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        jobs.latestRecords().forEach(r -> metrics.put(r.algorithm(), ModelJobs.metrics(r)));
        return service.models().all().stream()
                .map(m -> ModelJson.of(m, m.name().equals(defaultName), metrics.getOrDefault(m.name(), Map.of()))).toList();
    }

    /** The names of the models being served, for choosers. */
    static List<String> modelNames(RecommendationService service) {
        return service.models().all().stream().map(TrainedModel::name).toList();
    }
}
