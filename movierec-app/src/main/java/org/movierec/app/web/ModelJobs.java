package org.movierec.app.web;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.movierec.app.service.ModelRegistry;
import org.movierec.app.service.ModelTrainer;
import org.movierec.app.service.TrainedModel;
import org.movierec.app.store.Database;
import org.movierec.app.store.RatingRepository;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Retraining in the background, one model at a time, on a fresh snapshot of all ratings in the
 * database (including those given through the web). The new model replaces the old one atomically
 * when done; until then, and if training fails, the old one keeps serving.
 */
@Component
public class ModelJobs implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(ModelJobs.class);

    /** The state of a model's latest retraining. */
    public record Job(String algorithm, String state, Instant since, String message) {
    }

    private final ModelTrainer trainer;
    private final ModelRegistry registry;
    private final Database database;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "movierec-retraining");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    public ModelJobs(ModelTrainer trainer, ModelRegistry registry, Database database) {
        this.trainer = trainer;
        this.registry = registry;
        this.database = database;
    }

    /**
     * Queues the retraining of a served model with its parameters; false if it is already queued or running.
     *
     * @throws IllegalArgumentException if no model of that name is served
     */
    public boolean retrain(String name) {
        TrainedModel current = registry.get(name).filter(m -> m.name().equals(name))
                .orElseThrow(() -> new IllegalArgumentException("no trained model of algorithm '" + name + "'"));
        StringBuilder text = new StringBuilder(name);
        String separator = ":";
        for (Map.Entry<String, String> p : current.params().entrySet()) {
            text.append(separator).append(p.getKey()).append('=').append(p.getValue());
            separator = ",";
        }
        Algorithm algorithm = trainer.registry().parse(text.toString());
        Job previous = jobs.get(name);
        if (previous != null && !previous.state().equals("done") && !previous.state().equals("failed")) {
            return false;
        }
        jobs.put(name, new Job(name, "queued", Instant.now(), ""));
        executor.submit(() -> {
            jobs.put(name, new Job(name, "training", Instant.now(), "reading the ratings"));
            try {
                RatingMatrix ratings = new RatingRepository(database).load(Progress.NONE);
                jobs.put(name, new Job(name, "training", Instant.now(), "training on " + ratings.size() + " ratings"));
                registry.put(trainer.train(algorithm, ratings));
                jobs.put(name, new Job(name, "done", Instant.now(), "trained on " + ratings.size() + " ratings"));
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.warn("Retraining {} failed; the previous model keeps serving: {}", name, e.toString());
                jobs.put(name, new Job(name, "failed", Instant.now(), String.valueOf(e.getMessage())));
            }
        });
        return true;
    }

    /** The latest retraining of each model that was retrained since the start. */
    public Map<String, Job> jobs() {
        return Map.copyOf(jobs);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
