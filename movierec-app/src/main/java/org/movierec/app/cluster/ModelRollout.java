package org.movierec.app.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import org.movierec.app.service.ModelRegistry;
import org.movierec.app.service.ModelTrainer;
import org.movierec.app.service.TrainedModel;
import org.movierec.app.store.PublishedModelRepository;
import org.movierec.app.store.PublishedModelRepository.Published;
import org.movierec.app.web.ModelJobs;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.data.RatingMatrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One model version for every instance. A configured model is the latest version published in the database
 * for its algorithm and parameters; without one, the instance that takes the algorithm's training lease
 * ({@link TrainingLease}) loads its own file or trains, records and publishes
 * it ({@link ModelJobs#recorded}), while the others wait for that version. While running, every few poll
 * intervals the served models are compared with the latest published versions, and newer ones (a retraining
 * on another instance, {@code movierec publish}) are loaded and swapped in.
 */
@Component
public class ModelRollout extends PeriodicTask {
    private static final Logger LOG = LoggerFactory.getLogger(ModelRollout.class);
    /** Poll intervals between two looks for newer published versions. */
    private static final int CHECK_EVERY_POLLS = 5;

    private final ModelTrainer trainer;
    private final ModelJobs jobs;
    private final ModelRegistry registry;
    private final PublishedModelRepository published;
    private final TrainingLease lease;
    private final ServedVersions served;
    private final ClusterProperties properties;

    public ModelRollout(ModelTrainer trainer, ModelJobs jobs, ModelRegistry registry, PublishedModelRepository published,
            TrainingLease lease, ServedVersions served, ClusterProperties properties) {
        super("movierec-model-rollout");
        this.trainer = trainer;
        this.jobs = jobs;
        this.registry = registry;
        this.published = published;
        this.lease = lease;
        this.served = served;
        this.properties = properties;
    }

    /** The model of the algorithm, waiting while another instance trains it (see {@link #tryObtain}). */
    public TrainedModel obtain(Algorithm algorithm, RatingMatrix ratings) {
        boolean logged = false;
        while (true) {
            Optional<TrainedModel> model = tryObtain(algorithm, ratings);
            if (model.isPresent()) {
                return model.get();
            }
            if (!logged) {
                LOG.info("Waiting for another instance to train and publish the {} model", algorithm.name());
                logged = true;
            }
            pause();
        }
    }

    /**
     * The latest published version of the algorithm with its parameters (its evaluation run again if it never
     * finished, as for any loaded model: {@link ModelJobs#recorded}); else, if this instance gets the
     * training lease, its saved file or a new training, recorded and published; else empty (another instance
     * is training it: ask again later).
     *
     * @throws NotTrainableException if this instance tried and the model cannot be trained here (logged by {@link ModelJobs})
     */
    public Optional<TrainedModel> tryObtain(Algorithm algorithm, RatingMatrix ratings) {
        String params = ModelTrainer.parameters(ModelTrainer.parameters(algorithm));
        Optional<Long> version = published.latestVersion(algorithm.name(), params);
        Optional<TrainedModel> latest = version.flatMap(this::load);
        if (latest.isPresent()) {
            jobs.loadedAtStart(latest.get(), version.get());
            jobs.recorded(latest.get(), ratings);
            return latest;
        }
        return lease.underLease(TrainingLease.training(algorithm.name()), () -> {
            TrainedModel model = jobs.loadOrTrainAtStart(algorithm, ratings)
                    .orElseThrow(() -> new NotTrainableException(algorithm.name()));
            jobs.recorded(model, ratings);
            return model;
        });
    }

    /** Loads a published version into this instance's model file and from there; empty (logged) if it is unusable. */
    Optional<TrainedModel> load(long version) {
        Published file = published.get(version).orElse(null);
        if (file == null) {
            return Optional.empty();
        }
        if (!ModelPublisher.sha256(file.content()).equals(file.sha256())) {
            LOG.warn("The published {} model version {} does not match its checksum; not serving it", file.algorithm(), version);
            return Optional.empty();
        }
        Optional<TrainedModel> model;
        try {
            model = trainer.install(file.algorithm(), file.content())
                    .filter(loaded -> ModelTrainer.parameters(loaded.params()).equals(file.params()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the published " + file.algorithm() + " model to " + trainer.file(file.algorithm()), e);
        }
        model.ifPresent(m -> {
            served.serving(m.name(), version);
            LOG.info("Serving the {} model version {} (published in the database)", m.name(), version);
        });
        return model;
    }

    /** Swaps in the published versions newer than those served. */
    void serveNewerVersions() {
        for (TrainedModel current : registry.all()) {
            long servedVersion = served.of(current.name()).orElse(0L);
            published.latestVersion(current.name(), ModelTrainer.parameters(current.params()))
                    .filter(latest -> latest > servedVersion)
                    .flatMap(this::load)
                    .ifPresent(registry::put);
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a model", e);
        }
    }

    @Override
    Duration delay() {
        return properties.pollInterval().multipliedBy(CHECK_EVERY_POLLS);
    }

    @Override
    void runOnce() {
        serveNewerVersions();
    }

    /** The model cannot be trained on this instance (e.g. too little memory): skipped, as {@link ModelJobs} logged. */
    public static final class NotTrainableException extends RuntimeException {
        NotTrainableException(String algorithm) {
            super("the " + algorithm + " model could not be trained", null, false, false);
        }
    }
}
