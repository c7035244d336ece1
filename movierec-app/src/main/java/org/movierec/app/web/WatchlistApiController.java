package org.movierec.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.NoSuchElementException;
import org.movierec.app.behaviour.EventRecorder;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.store.EventType;
import org.movierec.app.store.WatchlistRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's watchlist: movies they want to watch, a strong positive signal never recommended back. */
@RestController
@RequestMapping("/api/me/watchlist")
@Tag(name = "me")
public class WatchlistApiController {
    private final MovieLibrary library;
    private final WatchlistRepository watchlist;
    private final EventRecorder events;

    public WatchlistApiController(MovieLibrary library, WatchlistRepository watchlist, EventRecorder events) {
        this.library = library;
        this.watchlist = watchlist;
        this.events = events;
    }

    /** A watchlisted movie. */
    public record WatchlistJson(int movieId, String title, int year, long addedAt) {
    }

    @GetMapping
    @Operation(summary = "Your watchlist, most recently added first")
    public List<WatchlistJson> list(@AuthenticationPrincipal AccountUser user) {
        return watchlist.entries(user.userId()).stream().map(e -> {
            var movie = library.movie(e.movieId());
            return new WatchlistJson(e.movieId(), movie.map(m -> m.title()).orElse(""), movie.map(m -> m.year()).orElse(0), e.addedAt());
        }).toList();
    }

    @PutMapping("/{movieId}")
    @Operation(summary = "Add a movie to your watchlist (201 when added, 204 when it was there)",
            description = "impressionId: the recommendation list it was added from, counted in the online metrics.")
    public ResponseEntity<Void> add(@AuthenticationPrincipal AccountUser user, @PathVariable int movieId,
            @RequestParam(required = false) Long impressionId) {
        Queries.existing(library, movieId);
        boolean added = watchlist.add(user.userId(), movieId);
        if (added) {
            events.record(user.userId(), EventType.WATCHLIST, movieId, impressionId);
        }
        return added ? ResponseEntity.status(201).build() : ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{movieId}")
    @Operation(summary = "Remove a movie from your watchlist")
    public ResponseEntity<Void> remove(@AuthenticationPrincipal AccountUser user, @PathVariable int movieId) {
        if (!watchlist.remove(user.userId(), movieId)) {
            throw new NoSuchElementException("movie " + movieId + " is not on your watchlist");
        }
        return ResponseEntity.noContent().build();
    }
}
