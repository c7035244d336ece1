package org.movierec.core.algo;

import java.util.ArrayList;
import java.util.List;
import org.movierec.core.algo.implicit.TopNAlgorithms;

/** The list of algorithms movierec ships, one line per algorithm package. */
final class StandardAlgorithms {
    private StandardAlgorithms() {
    }

    static List<AlgorithmSpec> specs() {
        List<AlgorithmSpec> specs = new ArrayList<>();
        specs.addAll(TopNAlgorithms.specs());
        return specs;
    }
}
