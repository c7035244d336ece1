package org.movierec.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.InvalidModelFileException;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains models and keeps them as model files ({@code <dir>/<algorithm>.model}), so the next start
 * loads them instead of training again. Next to each file, {@code <algorithm>.model.data} names the data
 * it was trained on (the {@code trainingData} identity, e.g. the imported releases' fingerprints); a model
 * of other data is never loaded. A file that cannot be read (corrupt, another format version, an algorithm
 * this build lacks) or of other data is reported in the log and the model is trained anew.
 */
public final class ModelTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(ModelTrainer.class);

    private final AlgorithmRegistry registry;
    private final Path directory;
    private final Supplier<ItemFeatures> features;
    private final Supplier<String> trainingData;

    /** A trainer whose content-based and hybrid models get no item features (they refuse to fit). */
    public ModelTrainer(AlgorithmRegistry registry, Path directory) {
        this(registry, directory, ItemFeatures::empty);
    }

    /** A trainer binding the served movies' content features to every algorithm it trains (see {@link #bind}). */
    public ModelTrainer(AlgorithmRegistry registry, Path directory, Supplier<ItemFeatures> features) {
        this(registry, directory, features, () -> "");
    }

    /**
     * As {@link #ModelTrainer(AlgorithmRegistry, Path, Supplier)}, with the identity of the data the ratings come from:
     * a saved model loads only when it was trained on data of the same identity.
     */
    public ModelTrainer(AlgorithmRegistry registry, Path directory, Supplier<ItemFeatures> features, Supplier<String> trainingData) {
        this.registry = registry;
        this.directory = directory;
        this.features = features;
        this.trainingData = trainingData;
    }

    /** The algorithm with the served movies' content features bound (content-based and hybrid models need them). */
    public Algorithm bind(Algorithm algorithm) {
        return algorithm.withItemFeatures(features.get());
    }

    public AlgorithmRegistry registry() {
        return registry;
    }

    /**
     * The algorithms of a list written as for the command line ({@code ease:min-support=5,itemknn:k=40}), in
     * its order, leaving out those this build does not ship, each sized to {@link #memoryBudget()}.
     */
    public List<Algorithm> available(String list) {
        List<Algorithm> out = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        for (String token : list.split(",")) {
            String t = token.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (t.contains("=") && !t.contains(":") && !entries.isEmpty()) {
                entries.set(entries.size() - 1, entries.get(entries.size() - 1) + "," + t);
            } else {
                entries.add(t);
            }
        }
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            String name = colon < 0 ? entry : entry.substring(0, colon);
            if (registry.all().stream().anyMatch(spec -> spec.name().equals(name))) {
                out.add(registry.parse(entry).withMemoryBudget(memoryBudget()));
            } else {
                LOG.info("Model {} is not in this build; skipping it", name);
            }
        }
        return out;
    }

    /**
     * The bytes one model may spend on structures that grow with the square of the catalogue: an eighth
     * of the heap (512 MB of 4 GB, an ease model of 8,000 items), so that the ratings, the statistics and
     * every other model fit beside it.
     */
    public static long memoryBudget() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    public Path file(String name) {
        return directory.resolve(name + ".model");
    }

    /** The file naming the data the algorithm's saved model was trained on. */
    private Path dataFile(String name) {
        return directory.resolve(name + ".model.data");
    }

    /** The saved model of the algorithm, if there is a readable one trained on the data this trainer serves. */
    public Optional<TrainedModel> load(String name) {
        Path file = file(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String expected = trainingData.get();
            String trainedOn = Files.isRegularFile(dataFile(name)) ? Files.readString(dataFile(name)) : null;
            if (!expected.equals(trainedOn)) {
                LOG.info("The saved {} model was trained on {} and the data served now is {}; training again", name,
                        trainedOn == null ? "unknown data" : describe(trainedOn), describe(expected));
                return Optional.empty();
            }
            ModelFile.Loaded loaded = ModelFile.load(file, registry);
            LOG.info("Loaded the {} model from {}", name, file);
            return Optional.of(new TrainedModel(name, registry.spec(name).description(), loaded.params(), loaded.model(),
                    loaded.items(), Files.getLastModifiedTime(file).toInstant(), Duration.ZERO, file));
        } catch (InvalidModelFileException e) {
            LOG.warn("Ignoring the model file {}: {}", file, e.getMessage());
        } catch (IOException e) {
            LOG.warn("Cannot read the model file {}: {}", file, e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Makes a model file published by another app instance on the same database (so trained on the data this
     * trainer serves) the algorithm's saved model, written atomically, then loads it as {@link #load} does.
     */
    public Optional<TrainedModel> install(String name, byte[] content) throws IOException {
        Path file = file(name);
        Files.createDirectories(directory);
        Files.deleteIfExists(dataFile(name));
        Path part = Files.createTempFile(directory, name, ".part");
        Files.write(part, content);
        Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(dataFile(name), trainingData.get());
        return load(name);
    }

    /** Trains the algorithm on the ratings and saves the model as the algorithm's file. */
    public TrainedModel train(Algorithm algorithm, RatingMatrix ratings) {
        return train(algorithm, ratings, Progress.NONE);
    }

    /** As {@link #train(Algorithm, RatingMatrix)}, reporting the training's progress to the listener too (e.g. a web page). */
    public TrainedModel train(Algorithm algorithm, RatingMatrix ratings, Progress listener) {
        String name = algorithm.name();
        AlgorithmSpec spec = registry.spec(name);
        LOG.info("Training {} on {} ratings of {} users and {} movies...", name, ratings.size(), ratings.activeUserCount(),
                ratings.ratedItemCount());
        long start = System.nanoTime();
        Model model = bind(algorithm).fit(ratings, new LogProgress(name, listener));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("Trained {} in {} ms", name, took.toMillis());
        Path file = file(name);
        try {
            Files.deleteIfExists(dataFile(name));
            ModelFile.save(file, algorithm, model, ratings.users(), ratings.items(), ratings.scale());
            Files.writeString(dataFile(name), trainingData.get());
        } catch (IOException e) {
            LOG.warn("Cannot save the {} model to {}: {}; it will be trained again at the next start", name, file, e.getMessage());
            file = null;
        }
        return new TrainedModel(name, spec.description(), parameters(algorithm), model, ratings.items(), Instant.now(), took, file);
    }

    /**
     * The saved model of the algorithm if readable and trained with the same parameters, else a newly
     * trained one. A saved model trained on older ratings is still served: fold-in takes newer ratings into account.
     */
    public TrainedModel loadOrTrain(Algorithm algorithm, RatingMatrix ratings) {
        return loadOrTrain(algorithm, ratings, Progress.NONE);
    }

    /** As {@link #loadOrTrain(Algorithm, RatingMatrix)}, reporting a training's progress to the listener. */
    public TrainedModel loadOrTrain(Algorithm algorithm, RatingMatrix ratings, Progress listener) {
        Map<String, String> params = parameters(algorithm);
        return load(algorithm.name()).filter(loaded -> {
            if (!loaded.params().equals(params)) {
                LOG.info("The saved {} model has other parameters ({}) than configured ({}); training again", algorithm.name(),
                        loaded.params(), params);
                return false;
            }
            return true;
        }).orElseGet(() -> train(algorithm, ratings, listener));
    }

    private static String describe(String data) {
        return data.isEmpty() ? "data of no imported release" : data.length() > 120 ? data.substring(0, 120) + "…" : data;
    }

    /** The algorithm with the model's parameters, written as for the command line ({@code itemknn:k=40,sim=cosine}). */
    public static String specification(TrainedModel model) {
        return model.params().isEmpty() ? model.name() : model.name() + ":" + parameters(model.params());
    }

    /** The algorithm's parameters as text, in the algorithm's order (name → value), as a {@link TrainedModel} holds them. */
    public static Map<String, String> parameters(Algorithm algorithm) {
        Map<String, String> params = new LinkedHashMap<>();
        algorithm.params().forEach((k, v) -> params.put(k, String.valueOf(v)));
        return params;
    }

    /** Parameters as written for the command line, sorted by name ({@code k=40,sim=cosine}). */
    public static String parameters(Map<String, String> params) {
        return String.join(",", new java.util.TreeMap<>(params).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** Training progress in the log (one line per tenth of the work) and to a listener. */
    private static final class LogProgress implements Progress {
        private final String model;
        private final Progress listener;
        private String task = "";
        private long total;
        private long done;
        private int lastTenth;

        LogProgress(String model, Progress listener) {
            this.model = model;
            this.listener = listener;
        }

        @Override
        public synchronized void start(String task, long total) {
            listener.start(task, total);
            this.task = task;
            this.total = total;
            done = 0;
            lastTenth = 0;
        }

        @Override
        public synchronized void step(long amount) {
            listener.step(amount);
            done += amount;
            if (total > 0) {
                int tenth = (int) Math.min(10, done * 10 / total);
                if (tenth > lastTenth) {
                    lastTenth = tenth;
                    LOG.info("Training {}: {} {}%", model, task, tenth * 10);
                }
            }
        }

        @Override
        public synchronized void done() {
            listener.done();
            LOG.info("Training {}: {} done", model, task);
        }
    }
}
