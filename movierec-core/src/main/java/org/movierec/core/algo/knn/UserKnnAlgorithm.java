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
 * User-based k-nearest-neighbours rating prediction (registry name {@code userknn}): the k training
 * users most similar to the profile among those who rated the target, aggregated by the prediction
 * mode. Similarities are computed per request from the training ratings, so any profile is answered.
 *
 * @param k neighbours used per prediction
 * @param similarity the similarity measure (not adjusted cosine, which is item-based)
 * @param shrinkage shrinkage λ of similarities toward zero for small co-support (0: none)
 * @param minSupport fewest co-rated items for a similarity to count
 * @param prediction how neighbours' ratings are aggregated
 * @param damping pseudo-similarity of a virtual neighbour at the base value (see {@link PredictionMode})
 */
public record UserKnnAlgorithm(int k, Similarity similarity, double shrinkage, int minSupport, PredictionMode prediction,
        double damping)
        implements Algorithm {
    public static final String NAME = "userknn";
    private static final Similarity[] MEASURES = {Similarity.COSINE, Similarity.PEARSON, Similarity.MSD,
        Similarity.PEARSON_BASELINE};

    /** The registry entry. */
    public static final AlgorithmSpec SPEC = new AlgorithmSpec(NAME,
            "user-based k-nearest neighbours (similar users; similarities computed per request)", Set.of(Task.RATING),
            List.of(ParamSpec.ofInt("k", 40, "neighbours (similar users) used per prediction"),
                    ParamSpec.ofChoice("sim", Similarity.PEARSON_BASELINE.label(), "similarity measure",
                            Similarity.labels(MEASURES)),
                    ParamSpec.ofDouble("shrinkage", 100, "shrinks a similarity by (n-1)/(n-1+shrinkage) for n co-rated items; 0: none"),
                    ParamSpec.ofInt("min-support", 1, "fewest co-rated items for a similarity to count"),
                    ParamSpec.ofChoice("prediction", PredictionMode.BASELINE.label(), "aggregation of the neighbours' ratings",
                            PredictionMode.labels()),
                    ParamSpec.ofDouble("damping", 0.3, PredictionMode.DAMPING_HELP)),
            p -> new UserKnnAlgorithm(p.getInt("k"), Similarity.of(p.getString("sim")), p.getDouble("shrinkage"),
                    p.getInt("min-support"), PredictionMode.of(p.getString("prediction")), p.getDouble("damping")),
            UserKnnModel::read);

    public UserKnnAlgorithm {
        KnnChecks.positive(NAME, "k", k);
        KnnChecks.nonNegative(NAME, "shrinkage", shrinkage);
        KnnChecks.positive(NAME, "min-support", minSupport);
        KnnChecks.nonNegative(NAME, "damping", damping);
        if (similarity == Similarity.ADJUSTED_COSINE) {
            throw new IllegalArgumentException("similarity adjusted-cosine is for itemknn; userknn takes "
                    + String.join(", ", Similarity.labels(MEASURES)));
        }
    }

    /** The defaults. */
    public UserKnnAlgorithm() {
        this(40, Similarity.PEARSON_BASELINE, 100, 1, PredictionMode.BASELINE, 0.3);
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
        return p;
    }

    @Override
    public UserKnnModel fit(RatingMatrix train, Progress progress) {
        BiasModel bias = BiasModel.fit(train, BiasAlgorithm.DEFAULT_REG_ITEM, BiasAlgorithm.DEFAULT_REG_USER,
                BiasAlgorithm.DEFAULT_EPOCHS, progress);
        Moments users = Moments.of(train.userPointers(), train.userValues(), bias.globalMean());
        return new UserKnnModel(this, bias, users, train.itemPointers(), train.itemUsers(), train.itemValues());
    }
}
