package org.movierec.app.web;

import java.time.Instant;
import java.util.List;
import org.movierec.app.behaviour.Experiments;
import org.movierec.app.behaviour.OnlineMetrics;
import org.movierec.app.service.RecommendationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's online evaluation page: metrics per model and per day with charts, and A/B experiments (start, results, stop). */
@Controller
public class AdminOnlineController implements PageController {
    private static final int DAYS = 30;
    private final OnlineMetrics metrics;
    private final Experiments experiments;
    private final RecommendationService service;

    public AdminOnlineController(OnlineMetrics metrics, Experiments experiments, RecommendationService service) {
        this.metrics = metrics;
        this.experiments = experiments;
        this.service = service;
    }

    @GetMapping("/admin/online")
    String page(Model model) {
        long since = Instant.now().getEpochSecond() - DAYS * 86_400L;
        List<OnlineMetrics.Row> days = metrics.byDay(since, Experiments.K);
        model.addAttribute("k", Experiments.K);
        model.addAttribute("days", DAYS);
        model.addAttribute("algorithms", metrics.byAlgorithm(since, null, Experiments.K));
        model.addAttribute("byDay", days);
        model.addAttribute("maxDailyImpressions", Math.max(1, days.stream().mapToLong(OnlineMetrics.Row::impressions).max().orElse(1)));
        model.addAttribute("experiments", experiments.all().stream()
                .map(e -> new ExperimentView(e, experiments.results(e))).toList());
        model.addAttribute("models", RecommendationApiController.modelNames(service));
        return "admin-online";
    }

    /** An experiment with its arms' metrics, for the page. */
    public record ExperimentView(org.movierec.app.store.ExperimentRepository.Experiment experiment, List<OnlineMetrics.Row> results) {
    }

    @PostMapping("/admin/experiments")
    String start(@RequestParam String name, @RequestParam(required = false) List<String> arms) {
        experiments.start(name, arms == null ? List.of() : arms);
        return "redirect:/admin/online";
    }

    @PostMapping("/admin/experiments/{id}/stop")
    String stop(@PathVariable long id) {
        experiments.stop(id);
        return "redirect:/admin/online";
    }
}
