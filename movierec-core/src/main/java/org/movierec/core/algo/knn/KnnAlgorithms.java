package org.movierec.core.algo.knn;

import java.util.List;
import org.movierec.core.algo.AlgorithmSpec;

/** The neighbourhood algorithms: {@code userknn}, {@code itemknn} and {@code slopeone}. */
public final class KnnAlgorithms {
    private KnnAlgorithms() {
    }

    public static List<AlgorithmSpec> specs() {
        return List.of(UserKnnAlgorithm.SPEC, ItemKnnAlgorithm.SPEC, SlopeOneAlgorithm.SPEC);
    }
}
