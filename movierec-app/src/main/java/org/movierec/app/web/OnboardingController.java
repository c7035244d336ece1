package org.movierec.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.movierec.app.service.MovieStats;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.store.WebRatingRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Onboarding of a new account: pick liked genres, then rate well-known movies; recommendations appear beside them as ratings come in. */
@Controller
public class OnboardingController implements PageController {
    private static final int MOVIES = 30;
    private final RecommendationService service;
    private final WebRatingRepository ratings;

    public OnboardingController(RecommendationService service, WebRatingRepository ratings) {
        this.service = service;
        this.ratings = ratings;
    }

    @GetMapping("/onboarding")
    String genres() {
        return "onboarding-genres";
    }

    @GetMapping("/onboarding/rate")
    String rate(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) List<String> genres, Model model) {
        List<String> liked = genres == null ? List.of()
                : genres.stream().filter(g -> service.library().genres().contains(g)).distinct().limit(10).toList();
        Map<Integer, MovieStats> movies = new LinkedHashMap<>();
        for (MovieStats s : service.library().wellKnown(liked, liked.isEmpty() ? 0 : Math.max(2, MOVIES / 2 / liked.size()))) {
            movies.put(s.movie().id(), s);
        }
        List<MovieStats> varied = new ArrayList<>(service.library().wellKnown(service.library().genres(), 2));
        varied.addAll(service.library().popular(MOVIES));
        for (MovieStats s : varied) {
            if (movies.size() >= MOVIES) {
                break;
            }
            movies.putIfAbsent(s.movie().id(), s);
        }
        model.addAttribute("movies", List.copyOf(movies.values()));
        model.addAttribute("mine", ratings.ratingMap(user.userId()));
        model.addAttribute("genres", liked);
        return "onboarding-rate";
    }
}
