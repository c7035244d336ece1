package org.movierec.app.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.movierec.app.behaviour.PersonalRecommender;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.store.WebRatingRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The recommendations page (choose the algorithm, filter by genre and years) and the live panel of onboarding. */
@Controller
public class RecommendationsController implements PageController {
    private final RecommendationService service;
    private final WebRatingRepository ratings;
    private final PersonalRecommender recommender;

    public RecommendationsController(RecommendationService service, WebRatingRepository ratings, PersonalRecommender recommender) {
        this.service = service;
        this.ratings = ratings;
        this.recommender = recommender;
    }

    @GetMapping("/recommendations")
    String page(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) @Size(max = 100) String algorithm,
            @RequestParam(required = false) @Size(max = 100) String genre,
            @RequestParam(required = false) @Min(1800) @Max(2100) Integer yearFrom,
            @RequestParam(required = false) @Min(1800) @Max(2100) Integer yearTo,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String chosen = algorithm == null || algorithm.isBlank() ? null : algorithm;
        PersonalRecommender.Served served = recommender.recommend(user.userId(), 24, chosen, genre == null || genre.isBlank() ? null : genre,
                yearFrom, yearTo);
        model.addAttribute("recommendations", served.items());
        model.addAttribute("impression", served.impressionId());
        model.addAttribute("ratedCount", ratings.ratingMap(user.userId()).size());
        model.addAttribute("algorithms", RecommendationApiController.modelNames(service));
        model.addAttribute("algorithm", chosen == null ? service.models().defaultName().orElse("") : chosen);
        model.addAttribute("genre", genre);
        model.addAttribute("yearFrom", yearFrom);
        model.addAttribute("yearTo", yearTo);
        return htmx != null ? "fragments :: recommendationList" : "recommendations";
    }
}
