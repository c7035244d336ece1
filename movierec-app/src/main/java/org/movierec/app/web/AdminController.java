package org.movierec.app.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.movierec.app.cluster.InstanceHeartbeat;
import org.movierec.app.service.ModelRegistry;
import org.movierec.app.store.ModelRecordRepository.ModelRecord;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Models (admins only): the models being served with their latest training record and hold-out
 * metrics side by side (table and chart), which one is the default, background retraining, and the app
 * instances running on the database with the model versions each serves.
 */
@Controller
public class AdminController implements PageController {
    /** Error metrics, shown before the list metrics. */
    private static final Set<String> ERRORS = Set.of("rmse", "mae");
    private final ModelRegistry registry;
    private final ModelJobs jobs;
    private final InstanceHeartbeat instances;

    private final TmdbEnrichment tmdb;
    private final TmdbProperties tmdbProperties;

    public AdminController(ModelRegistry registry, ModelJobs jobs, InstanceHeartbeat instances, TmdbEnrichment tmdb,
            TmdbProperties tmdbProperties) {
        this.registry = registry;
        this.jobs = jobs;
        this.instances = instances;
        this.tmdb = tmdb;
        this.tmdbProperties = tmdbProperties;
    }

    @GetMapping("/admin/models")
    String models(Model model) {
        model.addAttribute("models", registry.all());
        model.addAttribute("defaultName", registry.defaultName().orElse(""));
        model.addAttribute("jobs", jobs.jobs());
        model.addAttribute("pending", jobs.jobs().values().stream().filter(j -> registry.get(j.algorithm()).isEmpty())
                .sorted(java.util.Comparator.comparing(ModelJobs.Job::since)).toList());
        model.addAttribute("busy", jobs.jobs().values().stream().anyMatch(j -> !j.state().equals("done") && !j.state().equals("failed")));
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        Map<String, ModelRecord> records = new LinkedHashMap<>();
        for (ModelRecord record : jobs.latestRecords()) {
            records.put(record.algorithm(), record);
            metrics.put(record.algorithm(), ModelJobs.metrics(record));
        }
        Set<String> keys = new LinkedHashSet<>();
        metrics.values().forEach(m -> m.keySet().stream().filter(ERRORS::contains).forEach(keys::add));
        metrics.values().forEach(m -> keys.addAll(m.keySet()));
        model.addAttribute("records", records);
        model.addAttribute("metrics", metrics);
        model.addAttribute("metricKeys", keys);
        model.addAttribute("tmdb", tmdbProperties.tmdbApiKey() == null ? null : tmdb.status());
        model.addAttribute("instances", instances.running());
        model.addAttribute("self", instances.self());
        return "admin-models";
    }

    @PostMapping("/admin/models/{name}/default")
    String makeDefault(@PathVariable String name) {
        jobs.makeDefault(name);
        return "redirect:/admin/models";
    }

    @PostMapping("/admin/models/{name}/retrain")
    String retrain(@PathVariable String name) {
        jobs.retrain(name);
        return "redirect:/admin/models";
    }
}
