package org.movierec.app.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The models being served, by algorithm name, and which one answers by default. A newly trained
 * model replaces the old one atomically: a request sees either the old or the new model, never a mix.
 */
public final class ModelRegistry {
    private record State(Map<String, TrainedModel> models, String defaultName) {
    }

    private final AtomicReference<State> state = new AtomicReference<>(new State(Map.of(), null));

    /** Adds or replaces the model of its algorithm; the first model added becomes the default. */
    public void put(TrainedModel model) {
        state.updateAndGet(s -> {
            Map<String, TrainedModel> models = new LinkedHashMap<>(s.models());
            models.put(model.name(), model);
            return new State(Collections.unmodifiableMap(models), s.defaultName() == null ? model.name() : s.defaultName());
        });
    }

    /** Makes the named model the default. */
    public void setDefault(String name) {
        state.updateAndGet(s -> {
            if (!s.models().containsKey(name)) {
                throw new IllegalArgumentException("no trained model of algorithm '" + name + "'");
            }
            return new State(s.models(), name);
        });
    }

    /** The model of the algorithm; the default model when name is null or blank. */
    public Optional<TrainedModel> get(String name) {
        State s = state.get();
        String key = name == null || name.isBlank() ? s.defaultName() : name;
        return key == null ? Optional.empty() : Optional.ofNullable(s.models().get(key));
    }

    public Optional<TrainedModel> defaultModel() {
        return get(null);
    }

    public Optional<String> defaultName() {
        return Optional.ofNullable(state.get().defaultName());
    }

    /** Every model being served, in the order first added. */
    public List<TrainedModel> all() {
        return List.copyOf(state.get().models().values());
    }
}
