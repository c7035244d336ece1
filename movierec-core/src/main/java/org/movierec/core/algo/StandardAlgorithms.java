package org.movierec.core.algo;

import java.util.ArrayList;
import java.util.List;

/** The list of algorithms movierec ships, one line per algorithm package. */
final class StandardAlgorithms {
    private StandardAlgorithms() {
    }

    static List<AlgorithmSpec> specs() {
        List<AlgorithmSpec> specs = new ArrayList<>();
        return specs;
    }
}
