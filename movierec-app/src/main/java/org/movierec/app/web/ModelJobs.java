package org.movierec.app.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.movierec.app.cluster.ModelPublisher;
import org.movierec.app.cluster.TrainingLease;
import org.movierec.app.service.ModelRegistry;
import org.movierec.app.service.ModelTrainer;
import org.movierec.app.service.QuickEvaluation;
import org.movierec.app.service.TrainedModel;
import org.movierec.app.store.Database;
import org.movierec.app.store.ModelRecordRepository;
import org.movierec.app.store.ModelRecordRepository.ModelRecord;
import org.movierec.app.store.MovieRepository;
import org.movierec.app.store.RatingRepository;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.Task;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Training records and background work on models, one job at a time: every training is recorded in
 * the {@code models} table and then measured by a {@link QuickEvaluation} (metrics stored with the
 * record); retraining (by one instance at a time: {@link TrainingLease}) reads a fresh snapshot of all ratings in the database (including those given
 * through the web), and the new model replaces the old one atomically when done; until then, and if
 * training fails, the old one keeps serving. The chosen default model is kept in the table.
 */
@Component
public class ModelJobs implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(ModelJobs.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The hold-out metric that picks the default model when no admin chose one. */
    static final String RANKING_METRIC = "ndcg@10";

    /** The state of a model's latest background job: queued, training (percent done), evaluating, done or failed. */
    public record Job(String algorithm, String state, Instant since, String message, int percent) {
    }

    private final ModelTrainer trainer;
    private final ModelRegistry registry;
    private final Database database;
    private final ModelRecordRepository records;
    private final ModelPublisher publisher;
    private final TrainingLease lease;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "movierec-retraining");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    public ModelJobs(ModelTrainer trainer, ModelRegistry registry, Database database, ModelPublisher publisher, TrainingLease lease) {
        this.trainer = trainer;
        this.publisher = publisher;
        this.lease = lease;
        this.registry = registry;
        this.database = database;
        this.records = new ModelRecordRepository(database);
    }

    /**
     * Records a training of the model on the ratings and queues its evaluation. A model loaded from its
     * file is recorded only when its algorithm has no record yet (a database that predates the records);
     * its record's evaluation is queued again if it never finished (the process stopped first). The model is
     * published for the other instances ({@link ModelPublisher}) under its record's id, which is answered.
     */
    public long recorded(TrainedModel model, RatingMatrix ratings) {
        Algorithm algorithm = trainer.registry().parse(ModelTrainer.specification(model));
        if (model.trainingTime().isZero()) {
            Optional<ModelRecord> record = records.latest().stream().filter(r -> r.algorithm().equals(model.name())).findFirst();
            if (record.isPresent()) {
                if (record.get().metrics() == null) {
                    executor.submit(() -> evaluate(record.get().id(), algorithm, ratings));
                }
                publisher.publish(record.get().id(), model);
                return record.get().id();
            }
        }
        String snapshot = JSON.writeValueAsString(Map.of("ratings", ratings.size(), "users", ratings.activeUserCount(),
                "movies", ratings.ratedItemCount()));
        long id = records.add(model.name(), ModelTrainer.parameters(model.params()), model.trainedAt(), snapshot,
                model.file() == null ? null : model.file().toString());
        publisher.publish(id, model);
        executor.submit(() -> evaluate(id, algorithm, ratings));
        return id;
    }

    private void evaluate(long id, Algorithm algorithm, RatingMatrix ratings) {
        String name = algorithm.name();
        Job current = jobs.get(name);
        jobs.put(name, new Job(name, "evaluating", Instant.now(), "hold-out evaluation on " + ratings.size() + " ratings", 0));
        try {
            boolean predictsRatings = trainer.registry().spec(name).tasks().contains(Task.RATING);
            Map<String, Double> metrics = QuickEvaluation.evaluate(trainer.bind(algorithm), predictsRatings, ratings);
            records.setMetrics(id, JSON.writeValueAsString(metrics));
            serveMostAccurateUnlessChosen();
            boolean retrained = current != null && current.message().startsWith("trained on");
            jobs.put(name, new Job(name, "done", Instant.now(), (retrained ? current.message() + "; " : "")
                    + "evaluated on " + ratings.size() + " ratings", 100));
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.warn("Evaluating the {} model failed: {}", name, e.toString());
            jobs.put(name, new Job(name, "done", Instant.now(), "not evaluated: " + e.getMessage(), 100));
        }
    }

    /** Shows the algorithm on the models page as waiting for its first training of this run. */
    public void queueAtStart(Algorithm algorithm) {
        jobs.put(algorithm.name(), new Job(algorithm.name(), "queued", Instant.now(), "training at start", 0));
    }

    /** Shows a model obtained at start as a version another instance published, which this one did not train. */
    public void loadedAtStart(TrainedModel model, long version) {
        jobs.put(model.name(), new Job(model.name(), "done", Instant.now(), "loaded version " + version + " published in the database", 100));
    }

    /**
     * The saved model of the algorithm, or a newly trained one, its progress shown on the models page; empty,
     * said in one log sentence and shown as failed, when it cannot be trained here (e.g. too little memory).
     */
    public Optional<TrainedModel> loadOrTrainAtStart(Algorithm algorithm, RatingMatrix ratings) {
        String name = algorithm.name();
        String message = "training on " + ratings.size() + " ratings";
        jobs.put(name, new Job(name, "training", Instant.now(), message, 0));
        try {
            TrainedModel model = trainer.loadOrTrain(algorithm, ratings, new JobProgress(name, message));
            jobs.put(name, new Job(name, "done", Instant.now(), model.trainingTime().isZero() ? "loaded from its file"
                    : "trained on " + ratings.size() + " ratings", 100));
            return Optional.of(model);
        } catch (RuntimeException | OutOfMemoryError e) {
            String reason = e.getMessage() != null ? e.getMessage() : e.toString();
            LOG.warn("Skipping the {} model: it could not be trained on {} ratings ({})", name, ratings.size(), reason);
            jobs.put(name, new Job(name, "failed", Instant.now(), "not trained: " + reason, 0));
            return Optional.empty();
        }
    }

    /**
     * Queues the retraining of a served model with its parameters; false if it is already queued or running.
     *
     * @throws IllegalArgumentException if no model of that name is served
     */
    public boolean retrain(String name) {
        TrainedModel current = registry.get(name).filter(m -> m.name().equals(name))
                .orElseThrow(() -> new IllegalArgumentException("no trained model of algorithm '" + name + "'"));
        Algorithm algorithm = trainer.registry().parse(ModelTrainer.specification(current));
        Job previous = jobs.get(name);
        if (previous != null && !previous.state().equals("done") && !previous.state().equals("failed")) {
            return false;
        }
        jobs.put(name, new Job(name, "queued", Instant.now(), "", 0));
        executor.submit(() -> {
            jobs.put(name, new Job(name, "training", Instant.now(), "reading the ratings", 0));
            try {
                boolean trained = lease.underLease(TrainingLease.training(name), () -> {
                    RatingMatrix ratings = new RatingRepository(database).load(Progress.NONE)
                            .withCatalog(new MovieRepository(database).catalog());
                    String message = "training on " + ratings.size() + " ratings";
                    jobs.put(name, new Job(name, "training", Instant.now(), message, 0));
                    TrainedModel model = trainer.train(algorithm, ratings, new JobProgress(name, message));
                    registry.put(model);
                    jobs.put(name, new Job(name, "evaluating", Instant.now(), "trained on " + ratings.size() + " ratings", 100));
                    recorded(model, ratings);
                    return true;
                }).isPresent();
                if (!trained) {
                    jobs.put(name, new Job(name, "failed", Instant.now(), "another instance is training " + name
                            + "; its model is served here once published", 0));
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                LOG.warn("Retraining {} failed; the previous model keeps serving: {}", name, e.toString());
                jobs.put(name, new Job(name, "failed", Instant.now(), String.valueOf(e.getMessage()), 0));
            }
        });
        return true;
    }

    /**
     * Unless an admin chose the default on the models page, the served model with the best hold-out
     * {@value #RANKING_METRIC} becomes the default (not saved: a later, better evaluation may replace it).
     */
    void serveMostAccurateUnlessChosen() {
        if (records.defaultAlgorithm().isPresent()) {
            return;
        }
        String best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (ModelRecord record : records.latest()) {
            Double value = metrics(record).get(RANKING_METRIC);
            if (value != null && value > bestValue && registry.get(record.algorithm()).isPresent()) {
                best = record.algorithm();
                bestValue = value;
            }
        }
        if (best != null && !registry.defaultName().orElse("").equals(best)) {
            LOG.info("Default model: {} (best hold-out {} so far, {})", best, RANKING_METRIC, String.format("%.4f", bestValue));
            registry.setDefault(best);
        }
    }

    /** Makes the served model the default, now and after restarts. */
    public void makeDefault(String name) {
        registry.setDefault(name);
        if (!records.setDefault(name)) {
            LOG.warn("The {} model has no training record; it is the default until the next start only", name);
        }
    }

    /** The algorithm chosen as default in an earlier run, if any. */
    public Optional<String> savedDefault() {
        return records.defaultAlgorithm();
    }

    /** The latest training record of each algorithm, oldest algorithm first. */
    public java.util.List<ModelRecord> latestRecords() {
        return records.latest();
    }

    /** The metrics of a record (metric → value, in measured order); empty when not measured yet. */
    public static Map<String, Double> metrics(ModelRecord record) {
        if (record.metrics() == null || record.metrics().isBlank()) {
            return Map.of();
        }
        return JSON.readValue(record.metrics(), new TypeReference<LinkedHashMap<String, Double>>() { });
    }

    /** The latest background job of each model since the start. */
    public Map<String, Job> jobs() {
        return Map.copyOf(jobs);
    }

    /** Waits for the queued jobs to finish (tests). */
    void awaitIdle() throws Exception {
        executor.submit(() -> { }).get();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** A training's progress as the job's percent done. */
    private final class JobProgress implements Progress {
        private final String name;
        private final String message;
        private long total;
        private long done;

        JobProgress(String name, String message) {
            this.name = name;
            this.message = message;
        }

        @Override
        public synchronized void start(String task, long total) {
            this.total = total;
            done = 0;
            jobs.put(name, new Job(name, "training", Instant.now(), message + ": " + task, 0));
        }

        @Override
        public synchronized void step(long amount) {
            done += amount;
            int percent = total > 0 ? (int) Math.min(100, done * 100 / total) : 0;
            Job job = jobs.get(name);
            if (job != null && job.percent() != percent) {
                jobs.put(name, new Job(name, "training", job.since(), job.message(), percent));
            }
        }

        @Override
        public void done() {
        }
    }
}
