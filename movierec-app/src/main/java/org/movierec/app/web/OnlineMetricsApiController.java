package org.movierec.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.movierec.app.behaviour.Experiments;
import org.movierec.app.behaviour.OnlineMetrics;
import org.movierec.app.store.ExperimentRepository.Experiment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Online evaluation for admins: the served models' online metrics, and A/B experiments between models. */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "admin")
public class OnlineMetricsApiController {
    private final OnlineMetrics metrics;
    private final Experiments experiments;

    public OnlineMetricsApiController(OnlineMetrics metrics, Experiments experiments) {
        this.metrics = metrics;
        this.experiments = experiments;
    }

    /** Metrics per model (algorithms) and per model and day (days). */
    public record OnlineMetricsJson(int k, int days, List<OnlineMetrics.Row> algorithms, List<OnlineMetrics.Row> byDay) {
    }

    /** An experiment with each arm's metrics. */
    public record ExperimentJson(long id, String name, List<String> arms, long startedAt, Long stoppedAt, List<OnlineMetrics.Row> results) {
    }

    /** A new experiment: its name and two or more trained models. */
    public record ExperimentInput(@NotNull @Size(min = 1, max = 100) String name, @NotNull @Size(min = 2, max = 10) List<String> arms) {
    }

    @GetMapping("/online-metrics")
    @Operation(summary = "Impressions, clicks, CTR, CTR@k, watchlist-add and rating-after-recommendation rates per model and per day",
            description = "Each rate has its 95% Wilson interval (low, high).")
    public OnlineMetricsJson onlineMetrics(@RequestParam(defaultValue = "30") @Min(1) @Max(3650) int days,
            @RequestParam(defaultValue = "10") @Min(1) @Max(200) int k) {
        long since = Instant.now().getEpochSecond() - days * 86_400L;
        return new OnlineMetricsJson(k, days, metrics.byAlgorithm(since, null, k), metrics.byDay(since, k));
    }

    @GetMapping("/experiments")
    @Operation(summary = "Every A/B experiment, newest first, with each arm's online metrics (CTR@10 and rates with 95% intervals)")
    public List<ExperimentJson> experiments() {
        return experiments.all().stream().map(this::json).toList();
    }

    @PostMapping("/experiments")
    @Operation(summary = "Start an A/B experiment (stops the running one): signed-in users are split between the arms by a stable hash")
    public ResponseEntity<ExperimentJson> start(@Valid @RequestBody ExperimentInput body) {
        Experiment started = experiments.start(body.name(), body.arms());
        return ResponseEntity.status(201).body(json(started));
    }

    @PostMapping("/experiments/{id}/stop")
    @Operation(summary = "Stop an experiment")
    public ExperimentJson stop(@PathVariable long id) {
        return json(experiments.stop(id).orElseThrow(() -> new NoSuchElementException("no running experiment " + id)));
    }

    private ExperimentJson json(Experiment e) {
        return new ExperimentJson(e.id(), e.name(), e.arms(), e.startedAt(), e.stoppedAt(), experiments.results(e));
    }
}
