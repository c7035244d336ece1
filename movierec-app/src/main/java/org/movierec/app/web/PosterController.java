package org.movierec.app.web;

import java.time.Duration;
import org.movierec.app.service.RecommendationService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /posters/{id}}: a redirect to the movie's TMDb poster image, or 404 when there is none
 * (no API key, no TMDb id, TMDb has none or cannot be reached), which the page answers by keeping the
 * generated poster.
 */
@Controller
public class PosterController {
    private final RecommendationService service;
    private final TmdbPosters tmdb;

    public PosterController(RecommendationService service, TmdbPosters tmdb) {
        this.service = service;
        this.tmdb = tmdb;
    }

    @GetMapping("/posters/{id}")
    ResponseEntity<Void> poster(@PathVariable int id) {
        return service.library().movie(id).flatMap(tmdb::imageUrl)
                .map(url -> ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, url)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(7))).<Void>build())
                .orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.maxAge(Duration.ofHours(1))).build());
    }
}
