package org.movierec.core.algo.baseline;

import java.util.List;
import org.movierec.core.algo.AlgorithmSpec;

/** The baseline algorithms: {@code mean} and {@code baseline}. */
public final class BaselineAlgorithms {
    private BaselineAlgorithms() {
    }

    public static List<AlgorithmSpec> specs() {
        return List.of(GlobalMeanAlgorithm.SPEC, BiasAlgorithm.SPEC);
    }
}
