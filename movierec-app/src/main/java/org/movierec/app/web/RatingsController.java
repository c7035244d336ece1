package org.movierec.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.movierec.app.service.RatingCsvImport;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.store.WebRatingRepository;
import org.movierec.app.store.WebRatingRepository.UserRating;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** My ratings: the list (each with its rating control to change or remove it), CSV export and CSV import with a report. */
@Controller
public class RatingsController implements PageController {
    private final RecommendationService service;
    private final WebRatingRepository ratings;
    private final RatingWriter writer;

    public RatingsController(RecommendationService service, WebRatingRepository ratings, RatingWriter writer) {
        this.service = service;
        this.ratings = ratings;
        this.writer = writer;
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

    @PostMapping("/ratings/import")
    String importCsv(@AuthenticationPrincipal AccountUser user, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        RatingCsvImport.Result result;
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            result = RatingCsvImport.read(reader, service.library());
        } catch (IllegalArgumentException e) {
            model.addAttribute("importError", e.getMessage());
            return list(user, model);
        }
        writer.putAll(user.userId(), result.ratings());
        model.addAttribute("imported", result);
        model.addAttribute("matched", result.ratings().entrySet().stream()
                .map(e -> new RatedMovie(service.library().movie(e.getKey()).orElseThrow(), e.getValue(), 0)).toList());
        return list(user, model);
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
