package org.movierec.core.algo.implicit;

import java.util.List;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.linear.EaseAlgorithm;
import org.movierec.core.algo.linear.SlimAlgorithm;
import org.movierec.core.algo.popular.PopularAlgorithm;

/** The top-N (implicit-feedback) algorithms, for {@code StandardAlgorithms}. */
public final class TopNAlgorithms {
    private TopNAlgorithms() {
    }

    public static List<AlgorithmSpec> specs() {
        return List.of(PopularAlgorithm.spec(), ItemKnnImplicitAlgorithm.spec(), IalsAlgorithm.spec(), BprAlgorithm.spec(), EaseAlgorithm.spec(),
                SlimAlgorithm.spec());
    }
}
