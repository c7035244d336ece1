package org.movierec.core.algo.baseline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Task;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * User and item biases around the global mean, regularised and fitted by alternating least squares
 * (registry name {@code baseline}).
 *
 * @param regItem regularisation λ_i of the item biases (a pseudo-count of ratings at the global mean)
 * @param regUser regularisation λ_u of the user biases
 * @param epochs number of alternating passes (users, then items)
 */
public record BiasAlgorithm(double regItem, double regUser, int epochs) implements Algorithm {
    public static final String NAME = "baseline";
    public static final double DEFAULT_REG_ITEM = 3;
    public static final double DEFAULT_REG_USER = 6;
    public static final int DEFAULT_EPOCHS = 20;

    /** The registry entry. */
    public static final AlgorithmSpec SPEC = new AlgorithmSpec(NAME,
            "user and item biases around the global mean, regularised, fitted by alternating least squares",
            Set.of(Task.RATING), List.of(
                    ParamSpec.ofDouble("reg-item", DEFAULT_REG_ITEM, "regularisation of the item biases (pseudo-count of ratings at the mean)"),
                    ParamSpec.ofDouble("reg-user", DEFAULT_REG_USER, "regularisation of the user biases (pseudo-count of ratings at the mean)"),
                    ParamSpec.ofInt("epochs", DEFAULT_EPOCHS, "alternating least-squares passes over users then items")),
            p -> new BiasAlgorithm(p.getDouble("reg-item"), p.getDouble("reg-user"), p.getInt("epochs")),
            BiasModel::read);

    public BiasAlgorithm {
        checkRegularisation("reg-item", regItem);
        checkRegularisation("reg-user", regUser);
        if (epochs < 1) {
            throw new IllegalArgumentException("parameter epochs of " + NAME + " must be at least 1, not " + epochs);
        }
    }

    /** The defaults. */
    public BiasAlgorithm() {
        this(DEFAULT_REG_ITEM, DEFAULT_REG_USER, DEFAULT_EPOCHS);
    }

    private static void checkRegularisation(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("parameter " + name + " of " + NAME + " must be a number >= 0, not " + value);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("reg-item", regItem);
        p.put("reg-user", regUser);
        p.put("epochs", epochs);
        return p;
    }

    @Override
    public BiasModel fit(RatingMatrix train, Progress progress) {
        return BiasModel.fit(train, regItem, regUser, epochs, progress);
    }
}
