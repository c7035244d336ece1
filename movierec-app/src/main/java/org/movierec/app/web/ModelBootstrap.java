package org.movierec.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.movierec.app.cluster.ModelRollout;
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
 * else the first configured one this build ships) is obtained before the app reports itself up, so it
 * answers the first request (when it cannot be trained, e.g. too little memory, the next one is tried); the
 * others follow in a background thread and join the registry when ready. A model that cannot be trained is
 * skipped with one log sentence; the app starts and serves whatever could be. Obtaining a model
 * ({@link ModelRollout}) loads the version published in the database, or trains and publishes it while no
 * other instance does. Every training is recorded and evaluated in the background by {@link ModelJobs}, which
 * makes the most accurate model the default when no admin chose one. Last, the default model answers
 * sampled requests ({@link ModelWarmup}) so that its code is compiled before visitors arrive.
 */
@Component
@ConditionalOnProperty(name = "movierec.bootstrap", havingValue = "true", matchIfMissing = true)
public class ModelBootstrap implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(ModelBootstrap.class);
    private static final int WARMUP_REQUESTS = 1000;
    private static final long WARMUP_MILLIS = 5000;
    /** How long a model another instance is training waits before it is looked for again. */
    private static final long RETRY_MILLIS = 1000;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "movierec-training");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    public ModelBootstrap(MovierecProperties properties, ModelTrainer trainer, ModelRegistry registry, MovieLibrary library,
            ModelJobs jobs, RecommendationService service, ModelRollout rollout) {
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
            Algorithm candidate = algorithms.remove(0);
            try {
                first = rollout.obtain(candidate, library.ratings());
            } catch (ModelRollout.NotTrainableException skipped) {
                // said in one log sentence by ModelJobs; the next configured model is tried
            }
        }
        if (first == null) {
            LOG.warn("No configured model could be trained; recommendations fall back to popular movies");
            return;
        }
        registry.put(first);
        LOG.info("Default model: {}{}", first.name(), saved.isPresent() && saved.get().equals(first.name())
                ? " (chosen on the models page)" : " until the models' hold-out evaluations pick the most accurate");
        for (Algorithm algorithm : algorithms) {
            obtainInBackground(algorithm, rollout, registry, library, jobs);
        }
        background.submit(() -> warmUp(service));
    }

    /** Obtains the model in the background; while another instance trains it, the next ones go first. */
    private void obtainInBackground(Algorithm algorithm, ModelRollout rollout, ModelRegistry registry, MovieLibrary library, ModelJobs jobs) {
        background.submit(() -> {
            try {
                Optional<TrainedModel> model = rollout.tryObtain(algorithm, library.ratings());
                if (model.isEmpty()) {
                    Thread.sleep(RETRY_MILLIS);
                    obtainInBackground(algorithm, rollout, registry, library, jobs);
                    return;
                }
                registry.put(model.get());
                jobs.serveMostAccurateUnlessChosen();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ModelRollout.NotTrainableException skipped) {
                // said in one log sentence by ModelJobs
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.warn("Could not train the {} model: {}", algorithm.name(), e.toString());
            }
        });
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
