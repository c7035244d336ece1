package org.movierec.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.movierec.app.service.DatasetStats;
import org.movierec.app.service.MovieFacts;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.service.MovieStats;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.store.WebRatingRepository;
import org.movierec.app.web.ApiModels.MovieDetailJson;
import org.movierec.app.web.ApiModels.MovieJson;
import org.movierec.app.web.ApiModels.PageJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue: search, browse, one movie, similar movies, data set statistics. */
@RestController
@RequestMapping("/api")
@Tag(name = "movies")
public class MovieApiController {
    private final RecommendationService service;
    private final WebRatingRepository ratings;
    private final MovieFacts facts;

    public MovieApiController(RecommendationService service, WebRatingRepository ratings, MovieFacts facts) {
        this.service = service;
        this.ratings = ratings;
        this.facts = facts;
    }

    @GetMapping("/movies")
    @Operation(summary = "Search and browse the catalogue",
            description = "q matches title words by prefix (and the year); sort is popular, rating, newest, oldest or title; page counts from 0.")
    public PageJson<MovieJson> movies(@RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Size(max = 100) String genre,
            @RequestParam(required = false) @Min(1800) @Max(2100) Integer yearFrom,
            @RequestParam(required = false) @Min(1800) @Max(2100) Integer yearTo,
            @RequestParam(required = false) @Min(0) Integer minRatings,
            @RequestParam(required = false) @DecimalMin("0") @DecimalMax("5") Double minAverage,
            @RequestParam(defaultValue = "popular") String sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageJson.of(service.library().browse(Queries.movieQuery(q, genre, yearFrom, yearTo, minRatings, minAverage, sort, page, size)));
    }

    @GetMapping("/movies/{id}")
    @Operation(summary = "One movie with its current rating statistics (web ratings included), tags, and credits and facts when metadata was imported")
    public MovieDetailJson movie(@PathVariable int id) {
        MovieLibrary library = service.library();
        MovieStats s = library.stats(Queries.existing(library, id), ratings.ratingCounts(id));
        return MovieDetailJson.of(s, library.tags(id), facts.of(id).orElse(null));
    }

    @GetMapping("/movies/{id}/similar")
    @Operation(summary = "Similar movies: by=ratings (default) for those liked by the people who liked this one "
            + "(from the default model), by=content for those sharing the most genres and tags")
    public List<MovieJson> similar(@PathVariable int id, @RequestParam(defaultValue = "10") @Min(1) @Max(100) int n,
            @RequestParam(defaultValue = "ratings") @jakarta.validation.constraints.Pattern(regexp = "ratings|content") String by) {
        Queries.existing(service.library(), id);
        if (by.equals("content")) {
            return service.library().similarByContent(id, n).stream().map(MovieJson::of).toList();
        }
        return service.similar(id, n).stream().map(r -> MovieJson.of(r.stats())).toList();
    }

    @GetMapping("/genres")
    @Operation(summary = "The genres of the catalogue")
    public List<String> genres() {
        return service.library().genres();
    }

    @GetMapping("/stats")
    @Operation(summary = "Statistics of the data set: rating distribution, ratings per user and per movie, genres, ratings per year")
    public DatasetStats stats() {
        return service.library().datasetStats();
    }
}
