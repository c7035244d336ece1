package org.movierec.core.algo.mf;

import java.util.List;
import org.movierec.core.algo.AlgorithmSpec;

/** The matrix factorisation algorithms, for the algorithm registry. */
public final class MatrixFactorizationAlgorithms {
    private MatrixFactorizationAlgorithms() {
    }

    /** svd, svdpp, als and nmf. */
    public static List<AlgorithmSpec> specs() {
        return List.of(SvdAlgorithm.spec(), SvdppAlgorithm.spec(), AlsAlgorithm.spec(), NmfAlgorithm.spec());
    }
}
