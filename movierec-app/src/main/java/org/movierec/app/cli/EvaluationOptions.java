package org.movierec.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.movierec.core.algo.Task;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.eval.DiversityMetric;
import org.movierec.core.eval.Evaluator;
import org.movierec.core.eval.Protocol;
import org.movierec.core.eval.SplitSpec;
import org.movierec.core.eval.Splitter;
import org.movierec.core.io.metadata.MetadataSources;
import picocli.CommandLine.Option;

/** The protocol options shared by {@code evaluate} and {@code tune}. */
final class EvaluationOptions {

    @Option(names = "--data", required = true, paramLabel = "PATH",
            description = "The data set: a MovieLens release folder or zip, or generic CSV.")
    Path data;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "Seed of the split and of any sampling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--task", defaultValue = "rating", paramLabel = "TASK",
            description = "rating (RMSE, MAE) or ranking (precision, nDCG, ... at k) (default: ${DEFAULT-VALUE}).")
    String task;

    @Option(names = "--k", defaultValue = "10", paramLabel = "K", description = "List length for ranking metrics (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--relevance-threshold", paramLabel = "X",
            description = "Ranking: only test ratings >= X count as relevant (default: every test rating).")
    Double relevanceThreshold;

    @Option(names = "--metadata", paramLabel = "PATH",
            description = "Movie metadata for content-based algorithms (repeatable; earlier sources' facts first):"
                    + " the MeLU movies_extrainfos.dat or its folder, a HetRec 2011 folder, or a metadata CSV.")
    List<Path> metadata = new ArrayList<>();

    Task task() {
        return switch (task.toLowerCase(Locale.ROOT)) {
            case "rating" -> Task.RATING;
            case "ranking" -> Task.RANKING;
            default -> throw new IllegalArgumentException("unknown task '" + task + "'; use rating or ranking");
        };
    }

    Splitter splitter(String split) {
        return SplitSpec.parse(split).splitter(seed, data);
    }

    /** The data set's item features (catalogue, tags and the --metadata sources). */
    ItemFeatures features(Dataset dataset) throws IOException {
        return itemFeatures(dataset, metadata);
    }

    static ItemFeatures itemFeatures(Dataset dataset, List<Path> metadata) throws IOException {
        return ItemFeatures.of(dataset, MetadataSources.readAll(metadata, dataset.catalog()));
    }

    Evaluator evaluator(Dataset dataset, String split) throws IOException {
        if (k < 1) {
            throw new IllegalArgumentException("--k must be at least 1, got " + k);
        }
        Task t = task();
        if (relevanceThreshold != null && t == Task.RATING) {
            throw new IllegalArgumentException("--relevance-threshold applies to --task ranking only");
        }
        Protocol protocol = new Protocol(dataset.name(), SplitSpec.parse(split).toString(), seed, t, k,
                relevanceThreshold == null ? Double.NaN : relevanceThreshold);
        DiversityMetric diversity = t == Task.RANKING && dataset.catalog().size() > 0
                ? DiversityMetric.of(dataset.catalog(), dataset.ratings().items()) : null;
        return new Evaluator(protocol, diversity, features(dataset));
    }
}
