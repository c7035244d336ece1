package org.movierec.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.movierec.app.behaviour.EventRecorder;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.store.EventRepository;
import org.movierec.app.store.EventType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's events: API clients report them, everyone reads and deletes their own history. */
@RestController
@RequestMapping("/api/me/events")
@Tag(name = "me")
public class EventApiController {
    private final MovieLibrary library;
    private final EventRecorder recorder;
    private final EventRepository events;

    public EventApiController(MovieLibrary library, EventRecorder recorder, EventRepository events) {
        this.library = library;
        this.recorder = recorder;
        this.events = events;
    }

    /** A reported event: type (view, click, watchlist, dismiss, search), the movie, and the impression it came from. */
    public record EventInput(@NotNull @Size(max = 20) String type, @NotNull Integer movieId, @Size(max = 20) String impressionId) {
    }

    /** A recorded event; algorithm and position are those of the impression it came from. */
    public record EventJson(long at, String type, int movieId, String title, String impressionId, Integer position, String algorithm) {
        static EventJson of(EventRepository.Event e, MovieLibrary library) {
            return new EventJson(e.at(), e.type().key(), e.movieId(), library.movie(e.movieId()).map(m -> m.displayTitle()).orElse(""),
                    e.impressionId() == null ? null : e.impressionId().toString(), e.position(), e.algorithm());
        }
    }

    @PostMapping
    @Operation(summary = "Report an event", description = "{\"type\":\"click\",\"movieId\":260,\"impressionId\":\"12\"}: "
            + "the impressionId of a recommendations answer attributes a click to its model and position.")
    public ResponseEntity<Void> report(@AuthenticationPrincipal AccountUser user, @Valid @RequestBody EventInput body) {
        recorder.record(user.userId(), EventType.ofKey(body.type()), body.movieId(), impression(body.impressionId()));
        return ResponseEntity.accepted().build();
    }

    @GetMapping
    @Operation(summary = "Your events of the last days, most recent first")
    public List<EventJson> list(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "90") @Min(1) @Max(3650) int days,
            @RequestParam(defaultValue = "1000") @Min(1) @Max(10000) int limit) {
        long since = java.time.Instant.now().getEpochSecond() - days * 86_400L;
        return events.events(user.userId(), since, limit).stream().map(e -> EventJson.of(e, library)).toList();
    }

    @DeleteMapping
    @Operation(summary = "Delete your whole event history (events and the recommendation lists you were shown)")
    public ResponseEntity<Void> deleteAll(@AuthenticationPrincipal AccountUser user) {
        events.deleteAll(user.userId());
        return ResponseEntity.noContent().build();
    }

    private static Long impression(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("impressionId '" + id + "' is not the id of a recommendations answer");
        }
    }
}
