package org.movierec.core.algo.blend;

import java.util.List;
import java.util.Set;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Task;

/** The registry entry of the stacked blend. */
public final class BlendAlgorithms {
    /** The default base models. */
    static final String DEFAULT_MODELS = "bmf+itemknn";

    private BlendAlgorithms() {
    }

    public static List<AlgorithmSpec> specs() {
        return List.of(new AlgorithmSpec(BlendAlgorithm.NAME,
                "stacked blend: ridge regression on base models' out-of-fold predictions from an internal cross-validation",
                Set.of(Task.RATING),
                List.of(new ParamSpec("models", "string", DEFAULT_MODELS,
                                "base algorithms, '+'-separated, each NAME or NAME/param=value/param=value", List.of()),
                        ParamSpec.ofInt("folds", 3, "internal cross-validation folds for learning the weights"),
                        ParamSpec.ofDouble("reg", 0.001, "ridge penalty on the weights, per training rating"),
                        ParamSpec.ofBoolean("support", true, "features include the predictions times user and item support"),
                        ParamSpec.ofInt("seed", 42, "seed of the internal fold assignment")),
                p -> new BlendAlgorithm(p.getString("models"), p.getInt("folds"), p.getDouble("reg"),
                        p.getBoolean("support"), p.getInt("seed")),
                BlendModel::read));
    }
}
