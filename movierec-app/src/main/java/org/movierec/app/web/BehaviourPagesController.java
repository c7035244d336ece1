package org.movierec.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import org.movierec.app.behaviour.EventRecorder;
import org.movierec.app.service.MovieStats;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.store.EventRepository;
import org.movierec.app.store.EventType;
import org.movierec.app.store.WatchlistRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The watchlist page and its add/remove buttons, and the history page (events, CSV export, delete). */
@Controller
public class BehaviourPagesController implements PageController {
    private static final int HISTORY_DAYS = 3650;
    private final RecommendationService service;
    private final WatchlistRepository watchlist;
    private final EventRepository events;
    private final EventRecorder recorder;

    public BehaviourPagesController(RecommendationService service, WatchlistRepository watchlist, EventRepository events,
            EventRecorder recorder) {
        this.service = service;
        this.watchlist = watchlist;
        this.events = events;
        this.recorder = recorder;
    }

    @GetMapping("/watchlist")
    String watchlist(@AuthenticationPrincipal AccountUser user, Model model) {
        List<MovieStats> movies = watchlist.entries(user.userId()).stream().filter(e -> service.library().contains(e.movieId()))
                .map(e -> service.library().stats(e.movieId())).toList();
        model.addAttribute("movies", movies);
        return "watchlist";
    }

    /** Adds (or with remove=true removes) the movie; htmx gets the toggled button, a plain post goes back to the movie. */
    @PostMapping("/movies/{id}/watchlist")
    String toggle(@PathVariable int id, @AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "false") boolean remove,
            @RequestParam(required = false) Long imp, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Queries.existing(service.library(), id);
        if (remove) {
            watchlist.remove(user.userId(), id);
        } else if (watchlist.add(user.userId(), id)) {
            recorder.recordFromPage(user.userId(), EventType.WATCHLIST, id, imp);
        }
        if (htmx == null) {
            return "redirect:/movies/" + id;
        }
        model.addAttribute("movie", service.library().movie(id).orElseThrow());
        model.addAttribute("listed", !remove);
        return "fragments :: watchlistButton(movie=${movie},listed=${listed})";
    }

    @GetMapping("/history")
    String history(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("events", events.events(user.userId(), 0, 1000).stream()
                .map(e -> EventApiController.EventJson.of(e, service.library())).toList());
        return "history";
    }

    @PostMapping("/history/delete")
    String delete(@AuthenticationPrincipal AccountUser user) {
        events.deleteAll(user.userId());
        return "redirect:/history?deleted";
    }

    /** The whole history and watchlist as CSV (kind, time, type, movie id, title, impression, position, algorithm). */
    @GetMapping("/history/export.csv")
    void export(@AuthenticationPrincipal AccountUser user, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"movierec-history.csv\"");
        PrintWriter out = response.getWriter();
        out.print("kind,time,type,movieId,title,impressionId,position,algorithm\r\n");
        for (WatchlistRepository.Entry e : watchlist.entries(user.userId())) {
            out.print("watchlist," + Instant.ofEpochSecond(e.addedAt()) + ",watchlist," + e.movieId() + "," + RatingsController.csv(title(e.movieId()))
                    + ",,,\r\n");
        }
        for (EventRepository.Event e : events.events(user.userId(), 0, Integer.MAX_VALUE)) {
            out.print("event," + Instant.ofEpochSecond(e.at()) + "," + e.type().key() + "," + e.movieId() + ","
                    + RatingsController.csv(title(e.movieId())) + "," + (e.impressionId() == null ? "" : e.impressionId()) + ","
                    + (e.position() == null ? "" : e.position()) + "," + (e.algorithm() == null ? "" : RatingsController.csv(e.algorithm()))
                    + "\r\n");
        }
        out.flush();
    }

    private String title(int movieId) {
        return service.library().movie(movieId).map(m -> m.displayTitle()).orElse("");
    }
}
