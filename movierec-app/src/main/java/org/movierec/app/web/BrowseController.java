package org.movierec.app.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.movierec.app.service.MovieFacts;
import org.movierec.app.service.PersonIndex;
import org.movierec.app.service.RecommendationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Search as you type (an htmx fragment, or a full page without JavaScript), browsing with filters, and the explore page. */
@Controller
public class BrowseController implements PageController {
    private static final int PAGE_SIZE = 24;
    private final RecommendationService service;
    private final MovieFacts facts;

    public BrowseController(RecommendationService service, MovieFacts facts) {
        this.service = service;
        this.facts = facts;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") @Size(max = 200) String q,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", service.library().search(q, htmx != null ? 8 : 50));
        model.addAttribute("people", facts.people().search(q, htmx != null ? 4 : 20));
        return htmx != null ? "fragments :: searchResults" : "search";
    }

    @GetMapping("/browse")
    String browse(@RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Size(max = 100) String genre,
            @RequestParam(required = false) @Min(1800) @Max(2100) Integer yearFrom,
            @RequestParam(required = false) @Min(1800) @Max(2100) Integer yearTo,
            @RequestParam(required = false) @Min(1800) @Max(2090) Integer decade,
            @RequestParam(required = false) @Min(0) Integer minRatings,
            @RequestParam(required = false) @DecimalMin("0") @DecimalMax("5") Double minAverage,
            @RequestParam(required = false) @Size(max = 200) String director,
            @RequestParam(required = false) @Size(max = 200) String actor,
            @RequestParam(defaultValue = "popular") String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page, Model model) {
        if (decade != null && decade % 10 != 0) {
            throw new IllegalArgumentException("decade must be a year ending in 0, such as 1990; was " + decade);
        }
        Integer from = yearFrom;
        Integer to = yearTo;
        if (decade != null) {
            from = yearFrom == null ? decade : Math.max(decade, yearFrom);
            to = yearTo == null ? decade + 9 : Math.min(decade + 9, yearTo);
        }
        model.addAttribute("result", service.library().browse(Queries.movieQuery(q, genre, from, to, minRatings, minAverage, sort,
                page, PAGE_SIZE, moviesWith(director, actor))));
        model.addAttribute("director", director);
        model.addAttribute("actor", actor);
        model.addAttribute("decade", decade);
        model.addAttribute("decades", service.library().decades());
        model.addAttribute("q", q);
        model.addAttribute("genre", genre);
        model.addAttribute("yearFrom", yearFrom);
        model.addAttribute("yearTo", yearTo);
        model.addAttribute("minRatings", minRatings);
        model.addAttribute("minAverage", minAverage);
        model.addAttribute("sort", Queries.sort(sort).name().toLowerCase(java.util.Locale.ROOT));
        return "browse";
    }

    /** The movies of the director and the actor (both when both are given); null when neither is. */
    private int[] moviesWith(String director, String actor) {
        int[] movies = null;
        if (director != null && !director.isBlank()) {
            movies = facts.people().person(director).map(PersonIndex.Person::directed).orElse(new int[0]);
        }
        if (actor != null && !actor.isBlank()) {
            int[] acted = facts.people().person(actor).map(PersonIndex.Person::acted).orElse(new int[0]);
            movies = movies == null ? acted : java.util.Arrays.stream(movies).filter(id -> java.util.Arrays.binarySearch(acted, id) >= 0).toArray();
        }
        return movies;
    }

    @GetMapping("/explore")
    String explore(Model model) {
        model.addAttribute("stats", service.library().datasetStats());
        return "explore";
    }
}
