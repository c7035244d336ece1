package org.movierec.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.movierec.app.behaviour.EventRecorder;
import org.movierec.app.service.MovieFacts;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.service.MovieStats;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.store.EventType;
import org.movierec.app.store.WatchlistRepository;
import org.movierec.app.store.WebRatingRepository;
import org.movierec.core.data.MovieMetadata;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The movie page and the rating control's writes: a plain form post redirects back to the movie; an
 * htmx request gets only the new status line (the radio buttons already show the choice, and keep the
 * keyboard focus), or after a removal the whole control, unchecked. A signed-in visit records a view (a click when
 * it came from a recommendation list, {@code imp}; a search event when {@code from=search}).
 */
@Controller
public class MovieController implements PageController {
    private static final int MORE_BY_DIRECTOR = 6;
    private final RecommendationService service;
    private final WebRatingRepository ratings;
    private final RatingWriter writer;
    private final MovieFacts facts;
    private final EventRecorder events;
    private final WatchlistRepository watchlist;

    public MovieController(RecommendationService service, WebRatingRepository ratings, RatingWriter writer, MovieFacts facts,
            EventRecorder events, WatchlistRepository watchlist) {
        this.service = service;
        this.ratings = ratings;
        this.writer = writer;
        this.facts = facts;
        this.events = events;
        this.watchlist = watchlist;
    }

    @GetMapping("/movies/{id}")
    String movie(@PathVariable int id, @AuthenticationPrincipal AccountUser user, @RequestParam(required = false) Long imp,
            @RequestParam(required = false) @Size(max = 20) String from, Model model) {
        MovieLibrary library = service.library();
        Queries.existing(library, id);
        if (user != null) {
            EventType type = imp != null ? EventType.CLICK : "search".equals(from) ? EventType.SEARCH : EventType.VIEW;
            events.recordFromPage(user.userId(), type, id, imp);
            model.addAttribute("onWatchlist", watchlist.contains(user.userId(), id));
        }
        model.addAttribute("stats", library.stats(id, ratings.ratingCounts(id)));
        model.addAttribute("tags", library.tags(id));
        Optional<MovieMetadata> known = facts.of(id);
        model.addAttribute("facts", known.orElse(null));
        Map<String, List<MovieStats>> moreByDirector = new LinkedHashMap<>();
        for (String director : known.map(MovieMetadata::directors).orElse(List.of())) {
            facts.people().person(director).ifPresent(person -> moreByDirector.put(person.name(),
                    PersonController.mostRated(library, person.directed(), id, MORE_BY_DIRECTOR)));
        }
        model.addAttribute("moreByDirector", moreByDirector);
        model.addAttribute("similar", service.similar(id, 12));
        model.addAttribute("similarContent", library.similarByContent(id, 12));
        model.addAttribute("alsoLiked", library.alsoLiked(id, 12));
        model.addAttribute("myRating", user == null ? null : ratings.rating(user.userId(), id));
        return "movie";
    }

    @PostMapping("/movies/{id}/rating")
    String rate(@PathVariable int id, @RequestParam(required = false) Float rating, @RequestParam(defaultValue = "false") boolean remove,
            @AuthenticationPrincipal AccountUser user, @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletResponse response, Model model) {
        Queries.existing(service.library(), id);
        String status;
        if (remove || rating == null) {
            writer.delete(user.userId(), id);
            status = "Rating removed";
        } else {
            float value = Queries.rating(service.library(), rating);
            writer.put(user.userId(), id, value);
            status = "Saved: " + PageModelAdvice.steps(service.library().scale()).stream()
                    .filter(s -> s.value() == value).map(PageModelAdvice.RatingStep::label).findFirst().orElse(value + " stars");
        }
        if (htmx == null) {
            return "redirect:/movies/" + id;
        }
        response.setHeader("HX-Trigger", "rated");
        model.addAttribute("status", status);
        if (!remove) {
            return "fragments :: ratingStatus";
        }
        response.setHeader("HX-Retarget", "#stars-" + id);
        response.setHeader("HX-Reswap", "outerHTML");
        model.addAttribute("movie", service.library().movie(id).orElseThrow());
        model.addAttribute("current", null);
        return "fragments :: stars";
    }

    @PostMapping("/movies/{id}/hide")
    String hide(@PathVariable int id, @AuthenticationPrincipal AccountUser user,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        Queries.existing(service.library(), id);
        ratings.hide(user.userId(), id);
        events.record(user.userId(), EventType.DISMISS, id, null);
        return htmx == null ? "redirect:/recommendations" : "fragments :: hidden";
    }
}
