package org.movierec.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.service.ModelRegistry;
import org.movierec.app.service.ModelTrainer;
import org.movierec.app.service.ModelWarmup;
import org.movierec.app.service.RecommendationService;
import org.movierec.app.service.TrainedModel;
import org.movierec.core.algo.Algorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Makes the configured models available: the default one (chosen on the models page in an earlier run,
 * else the first configured one this build ships) is loaded (or trained) before the app reports itself
 * up, so it answers the first request (when it cannot be trained, e.g. too little memory, the next one
 * is tried); the others follow in a background thread and join the registry when ready. A model that
 * cannot be trained is skipped with one log sentence; the app starts and serves whatever could be. Every training is recorded and evaluated in the background by {@link ModelJobs}, which
 * makes the most accurate model the default when no admin chose one. Last, the default model answers
 * sampled requests ({@link ModelWarmup}) so that its code is compiled before visitors arrive.
 */
@Component
@ConditionalOnProperty(name = "movierec.bootstrap", havingValue = "true", matchIfMissing = true)
public class ModelBootstrap implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(ModelBootstrap.class);
    private static final int WARMUP_REQUESTS = 1000;
    private static final long WARMUP_MILLIS = 5000;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "movierec-training");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    public ModelBootstrap(MovierecProperties properties, ModelTrainer trainer, ModelRegistry registry, MovieLibrary library,
            ModelJobs jobs, RecommendationService service) {
        List<Algorithm> algorithms = new ArrayList<>(trainer.available(String.join(",", properties.models())));
        if (algorithms.isEmpty()) {
            LOG.warn("None of the configured models ({}) is in this build; recommendations fall back to popular movies",
                    String.join(", ", properties.models()));
            return;
        }
        Optional<String> saved = jobs.savedDefault();
        saved.flatMap(name -> algorithms.stream().filter(a -> a.name().equals(name)).findFirst()).ifPresent(chosen -> {
            algorithms.remove(chosen);
            algorithms.add(0, chosen);
        });
        algorithms.forEach(jobs::queueAtStart);
        TrainedModel first = null;
        while (first == null && !algorithms.isEmpty()) {
            first = jobs.loadOrTrainAtStart(algorithms.remove(0), library.ratings()).orElse(null);
        }
        if (first == null) {
            LOG.warn("No configured model could be trained; recommendations fall back to popular movies");
            return;
        }
        jobs.recorded(first, library.ratings());
        registry.put(first);
        LOG.info("Default model: {}{}", first.name(), saved.isPresent() && saved.get().equals(first.name())
                ? " (chosen on the models page)" : " until the models' hold-out evaluations pick the most accurate");
        for (Algorithm algorithm : algorithms) {
            background.submit(() -> {
                jobs.loadOrTrainAtStart(algorithm, library.ratings()).ifPresent(model -> {
                    jobs.recorded(model, library.ratings());
                    registry.put(model);
                    jobs.serveMostAccurateUnlessChosen();
                });
            });
        }
        background.submit(() -> warmUp(service));
    }

    /** Compiles the default model's request path before visitors need it (see {@link ModelWarmup}). */
    private static void warmUp(RecommendationService service) {
        long start = System.nanoTime();
        int answered = ModelWarmup.run(service, WARMUP_REQUESTS, WARMUP_MILLIS);
        LOG.info("Warmed up the {} model: {} requests in {} ms", service.models().defaultModel().map(TrainedModel::name).orElse("popular"),
                answered, (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
