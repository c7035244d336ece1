package org.movierec.app.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.movierec.core.algo.Model;
import org.movierec.core.data.IdIndex;

/**
 * A model ready to serve: the algorithm it came from, the model, the external ids of its items, and
 * when and how long it was trained.
 *
 * @param name the algorithm's registry name, e.g. "ease"
 * @param file where it is saved (null if not saved)
 * @param trainingTime how long training took (zero when loaded from a file)
 */
public record TrainedModel(String name, String description, Map<String, String> params, Model model, IdIndex items,
        Instant trainedAt, Duration trainingTime, Path file) {
    public TrainedModel {
        params = Map.copyOf(params);
    }
}
