package org.movierec.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.store.WebRatingRepository;
import org.movierec.app.store.WebRatingRepository.UserRating;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** My ratings: the list (each with its rating control to change or remove it) and the CSV export. */
@Controller
public class RatingsController implements PageController {
    private final RecommendationService service;
    private final WebRatingRepository ratings;

    public RatingsController(RecommendationService service, WebRatingRepository ratings) {
        this.service = service;
        this.ratings = ratings;
    }

    /** A rating with its movie, for the page. */
    public record RatedMovie(org.movierec.core.data.Movie movie, float rating, long timestamp) {
    }

    @GetMapping("/ratings")
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        List<RatedMovie> rated = ratings.ratings(user.userId()).stream()
                .filter(r -> service.library().contains(r.movieId()))
                .map(r -> new RatedMovie(service.library().movie(r.movieId()).orElseThrow(), r.rating(), r.timestamp()))
                .toList();
        model.addAttribute("rated", rated);
        return "ratings";
    }

    @GetMapping("/ratings/export.csv")
    void export(@AuthenticationPrincipal AccountUser user, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"movierec-ratings.csv\"");
        PrintWriter out = response.getWriter();
        out.print("movieId,title,rating,timestamp\r\n");
        for (UserRating r : ratings.ratings(user.userId())) {
            String title = service.library().movie(r.movieId()).map(m -> m.displayTitle()).orElse("");
            out.print(r.movieId() + "," + csv(title) + "," + r.rating() + "," + r.timestamp() + "\r\n");
        }
        out.flush();
    }

    /** A CSV field, quoted when needed; a leading formula character is neutralised so spreadsheets do not run it. */
    static String csv(String field) {
        String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || !safe.equals(field)
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
