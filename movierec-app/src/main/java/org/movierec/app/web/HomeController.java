package org.movierec.app.web;

import java.util.List;
import java.util.Map;
import org.movierec.app.service.Recommendation;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.store.WebRatingRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: top picks for a signed-in user, popular and highly rated movies for everyone else. */
@Controller
public class HomeController implements PageController {
    private final RecommendationService service;
    private final WebRatingRepository ratings;

    public HomeController(RecommendationService service, WebRatingRepository ratings) {
        this.service = service;
        this.ratings = ratings;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountUser user, Model model) {
        if (user != null) {
            Map<Integer, Float> mine = ratings.ratingMap(user.userId());
            List<Recommendation> picks = service.recommend(mine, new RecommendationService.Request(12, null, null, null, null,
                    ratings.hidden(user.userId())));
            model.addAttribute("ratedCount", mine.size());
            model.addAttribute("picks", picks);
        }
        model.addAttribute("popular", service.library().popular(12));
        model.addAttribute("highlyRated", service.library().highlyRated(12));
        return "home";
    }
}
