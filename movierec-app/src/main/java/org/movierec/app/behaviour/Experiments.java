package org.movierec.app.behaviour;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.movierec.app.service.ModelRegistry;
import org.movierec.app.service.TrainedModel;
import org.movierec.app.store.ExperimentRepository;
import org.movierec.app.store.ExperimentRepository.Experiment;
import org.springframework.stereotype.Component;

/** A/B experiments between trained models: started with checked arms, stopped, and measured per arm. */
@Component
public class Experiments {
    /** The k of the CTR@k reported for arms. */
    public static final int K = 10;
    private final ExperimentRepository repository;
    private final ModelRegistry models;
    private final OnlineMetrics metrics;

    public Experiments(ExperimentRepository repository, ModelRegistry models, OnlineMetrics metrics) {
        this.repository = repository;
        this.models = models;
        this.metrics = metrics;
    }

    /**
     * Starts an experiment between two or more different trained models (stopping the running one).
     *
     * @throws IllegalArgumentException naming the arm that is not a trained model, or when fewer than two differ
     */
    public Experiment start(String name, List<String> arms) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String arm : arms) {
            String trimmed = arm == null ? "" : arm.trim();
            if (trimmed.isEmpty() || models.get(trimmed).isEmpty()) {
                throw new IllegalArgumentException("arm '" + trimmed + "' of the experiment is not a trained model; trained models are "
                        + String.join(", ", models.all().stream().map(TrainedModel::name).toList()));
            }
            distinct.add(trimmed);
        }
        if (distinct.size() < 2) {
            throw new IllegalArgumentException("an experiment needs at least two different models, got " + distinct);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an experiment needs a name");
        }
        long id = repository.start(name.trim(), List.copyOf(distinct));
        return repository.find(id).orElseThrow();
    }

    /** Stops the running experiment of this id; empty when there is none. */
    public Optional<Experiment> stop(long id) {
        return repository.stop(id) ? repository.find(id) : Optional.empty();
    }

    public List<Experiment> all() {
        return repository.all();
    }

    public Optional<Experiment> running() {
        return repository.running();
    }

    /** Each arm's online metrics over the experiment's impressions. */
    public List<OnlineMetrics.Row> results(Experiment experiment) {
        return metrics.byAlgorithm(0, experiment.id(), K);
    }
}
