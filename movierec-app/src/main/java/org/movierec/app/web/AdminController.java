package org.movierec.app.web;

import org.movierec.app.service.ModelRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Models (admins only): the models being served, which one is the default, and background retraining. */
@Controller
public class AdminController implements PageController {
    private final ModelRegistry registry;
    private final ModelJobs jobs;

    public AdminController(ModelRegistry registry, ModelJobs jobs) {
        this.registry = registry;
        this.jobs = jobs;
    }

    @GetMapping("/admin/models")
    String models(Model model) {
        model.addAttribute("models", registry.all());
        model.addAttribute("defaultName", registry.defaultName().orElse(""));
        model.addAttribute("jobs", jobs.jobs());
        return "admin-models";
    }

    @PostMapping("/admin/models/{name}/default")
    String makeDefault(@PathVariable String name) {
        registry.setDefault(name);
        return "redirect:/admin/models";
    }

    @PostMapping("/admin/models/{name}/retrain")
    String retrain(@PathVariable String name) {
        jobs.retrain(name);
        return "redirect:/admin/models";
    }
}
