package org.movierec.core.algo.knn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Task;
import org.movierec.core.algo.baseline.BiasAlgorithm;
import org.movierec.core.algo.baseline.BiasModel;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * Item-based k-nearest-neighbours rating prediction (registry name {@code itemknn}): the k items most
 * similar to the target among those the user rated, aggregated by the prediction mode.
 *
 * @param k neighbours used per prediction
 * @param similarity the similarity measure
 * @param shrinkage shrinkage λ of similarities toward zero for small co-support (0: none)
 * @param minSupport fewest co-rating users for a similarity to count
 * @param prediction how neighbours' ratings are aggregated
 * @param damping pseudo-similarity of a virtual neighbour at the base value (see {@link PredictionMode})
 * @param modelSize most similar items kept per item at fit (the truncated neighbour lists; a
 *     prediction can use at most this many neighbours, whatever k)
 */
public record ItemKnnAlgorithm(int k, Similarity similarity, double shrinkage, int minSupport, PredictionMode prediction,
        double damping, int modelSize) implements Algorithm {
    public static final String NAME = "itemknn";

    /** The registry entry. */
    public static final AlgorithmSpec SPEC = new AlgorithmSpec(NAME,
            "item-based k-nearest neighbours (similar rated items; similarities precomputed at fit)", Set.of(Task.RATING),
            List.of(ParamSpec.ofInt("k", 40, "neighbours (rated items) used per prediction"),
                    ParamSpec.ofChoice("sim", Similarity.BASELINE_COSINE.label(), "similarity measure",
                            Similarity.labels(Similarity.values())),
                    ParamSpec.ofDouble("shrinkage", 20, "shrinks a similarity by (n-1)/(n-1+shrinkage) for n co-rating users; 0: none"),
                    ParamSpec.ofInt("min-support", 5, "fewest co-rating users for a similarity to count"),
                    ParamSpec.ofChoice("prediction", PredictionMode.BASELINE.label(), "aggregation of the neighbours' ratings",
                            PredictionMode.labels()),
                    ParamSpec.ofDouble("damping", 0.3, PredictionMode.DAMPING_HELP),
                    ParamSpec.ofInt("model-size", 300, "most similar items kept per item at fit")),
            p -> new ItemKnnAlgorithm(p.getInt("k"), Similarity.of(p.getString("sim")), p.getDouble("shrinkage"),
                    p.getInt("min-support"), PredictionMode.of(p.getString("prediction")), p.getDouble("damping"),
                    p.getInt("model-size")),
            ItemKnnModel::read);

    public ItemKnnAlgorithm {
        KnnChecks.positive(NAME, "k", k);
        KnnChecks.nonNegative(NAME, "shrinkage", shrinkage);
        KnnChecks.positive(NAME, "min-support", minSupport);
        KnnChecks.nonNegative(NAME, "damping", damping);
        KnnChecks.positive(NAME, "model-size", modelSize);
    }

    /** The defaults. */
    public ItemKnnAlgorithm() {
        this(40, Similarity.BASELINE_COSINE, 20, 5, PredictionMode.BASELINE, 0.3, 300);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("k", k);
        p.put("sim", similarity.label());
        p.put("shrinkage", shrinkage);
        p.put("min-support", minSupport);
        p.put("prediction", prediction.label());
        p.put("damping", damping);
        p.put("model-size", modelSize);
        return p;
    }

    @Override
    public ItemKnnModel fit(RatingMatrix train, Progress progress) {
        BiasModel bias = BiasModel.fit(train, BiasAlgorithm.DEFAULT_REG_ITEM, BiasAlgorithm.DEFAULT_REG_USER,
                BiasAlgorithm.DEFAULT_EPOCHS, Progress.NONE);
        ItemSimilarities.Values values = ItemSimilarities.values(train, similarity, bias);
        NeighbourLists neighbours = ItemSimilarities.compute(train, values, similarity, shrinkage, minSupport,
                modelSize, progress);
        Moments moments = Moments.of(train.itemPointers(), train.itemValues(), bias.globalMean());
        return new ItemKnnModel(k, prediction, damping, bias, moments, neighbours);
    }
}
