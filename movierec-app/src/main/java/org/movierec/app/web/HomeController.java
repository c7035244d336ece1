package org.movierec.app.web;

import org.movierec.app.behaviour.PersonalRecommender;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.store.WebRatingRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: top picks for a signed-in user (and a "Because you just watched" row when their activity is fresh),
 * popular and highly rated movies for everyone.
 */
@Controller
public class HomeController implements PageController {
    private final RecommendationService service;
    private final WebRatingRepository ratings;
    private final PersonalRecommender recommender;

    public HomeController(RecommendationService service, WebRatingRepository ratings, PersonalRecommender recommender) {
        this.service = service;
        this.ratings = ratings;
        this.recommender = recommender;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountUser user, Model model) {
        if (user != null) {
            PersonalRecommender.Served picks = recommender.recommend(user.userId(), 12, null, null, null, null);
            model.addAttribute("ratedCount", ratings.ratingMap(user.userId()).size());
            model.addAttribute("picks", picks.items());
            model.addAttribute("impression", picks.impressionId());
            recommender.justWatched(user.userId(), 12).ifPresent(row -> {
                model.addAttribute("justWatched", row);
                model.addAttribute("justWatchedTitle", row.items().get(0).because().isEmpty() ? "Next for you"
                        : "Because you just watched " + service.library().movie(row.items().get(0).because().get(0))
                                .map(m -> m.displayTitle()).orElse(""));
            });
        }
        model.addAttribute("popular", service.library().popular(12));
        model.addAttribute("highlyRated", service.library().highlyRated(12));
        return "home";
    }
}
