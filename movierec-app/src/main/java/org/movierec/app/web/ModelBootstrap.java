package org.movierec.app.web;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.movierec.app.service.MovieLibrary;
import org.movierec.app.service.ModelRegistry;
import org.movierec.app.service.ModelTrainer;
import org.movierec.core.algo.Algorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Makes the configured models available: the first one this build ships is loaded (or trained) before
 * the app reports itself up, so it answers the first request; the others follow in a background thread
 * and join the registry when ready.
 */
@Component
@ConditionalOnProperty(name = "movierec.bootstrap", havingValue = "true", matchIfMissing = true)
public class ModelBootstrap implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(ModelBootstrap.class);
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "movierec-training");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    public ModelBootstrap(MovierecProperties properties, ModelTrainer trainer, ModelRegistry registry, MovieLibrary library) {
        List<Algorithm> algorithms = trainer.available(String.join(",", properties.models()));
        if (algorithms.isEmpty()) {
            LOG.warn("None of the configured models ({}) is in this build; recommendations fall back to popular movies",
                    String.join(", ", properties.models()));
            return;
        }
        registry.put(trainer.loadOrTrain(algorithms.get(0), library.ratings()));
        for (Algorithm algorithm : algorithms.subList(1, algorithms.size())) {
            background.submit(() -> {
                try {
                    registry.put(trainer.loadOrTrain(algorithm, library.ratings()));
                } catch (RuntimeException | OutOfMemoryError e) {
                    LOG.warn("Could not train the {} model: {}", algorithm.name(), e.toString());
                }
            });
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
