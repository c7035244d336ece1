package org.movierec.app.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.movierec.app.service.MovieFacts;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.service.MovieStats;
import org.movierec.app.service.PersonIndex.Person;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.store.WebRatingRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's page ({@code /people?name=...}): the movies of the catalogue they directed ("more by this
 * director") and are billed in, most rated first, and the signed-in visitor's ratings of them.
 */
@Controller
public class PersonController implements PageController {
    private final RecommendationService service;
    private final MovieFacts facts;
    private final WebRatingRepository ratings;

    /** A movie of the person's that the visitor rated. */
    public record YourRating(MovieStats stats, float rating) {
    }

    public PersonController(RecommendationService service, MovieFacts facts, WebRatingRepository ratings) {
        this.service = service;
        this.facts = facts;
        this.ratings = ratings;
    }

    @GetMapping("/people")
    String person(@RequestParam @Size(max = 200) String name, @AuthenticationPrincipal AccountUser user, Model model) {
        Person person = facts.people().person(name)
                .orElseThrow(() -> new NoSuchElementException("no director or actor of the catalogue is named \"" + name + "\""));
        MovieLibrary library = service.library();
        model.addAttribute("person", person);
        model.addAttribute("directed", mostRated(library, person.directed(), -1, Integer.MAX_VALUE));
        model.addAttribute("acted", mostRated(library, person.acted(), -1, Integer.MAX_VALUE));
        if (user != null) {
            Map<Integer, Float> mine = ratings.ratingMap(user.userId());
            List<YourRating> yours = new ArrayList<>();
            IntStream.concat(Arrays.stream(person.directed()), Arrays.stream(person.acted())).distinct()
                    .filter(id -> mine.containsKey(id) && library.contains(id))
                    .forEach(id -> yours.add(new YourRating(library.stats(id), mine.get(id))));
            yours.sort(Comparator.comparingDouble(YourRating::rating).reversed());
            model.addAttribute("yourRatings", yours);
            model.addAttribute("yourAverage", yours.isEmpty() ? null
                    : yours.stream().mapToDouble(YourRating::rating).average().orElseThrow());
        }
        return "person";
    }

    /** The catalogue's movies among the ids, except one, most rated first, at most limit. */
    static List<MovieStats> mostRated(MovieLibrary library, int[] movieIds, int except, int limit) {
        return Arrays.stream(movieIds).filter(id -> id != except && library.contains(id)).mapToObj(library::stats)
                .sorted(Comparator.comparingInt(MovieStats::count).reversed().thenComparing(s -> s.movie().id()))
                .limit(limit).toList();
    }
}
