package org.movierec.core.algo;

import java.util.ArrayList;
import java.util.List;
import org.movierec.core.algo.baseline.BaselineAlgorithms;
import org.movierec.core.algo.bayes.BayesianAlgorithms;
import org.movierec.core.algo.blend.BlendAlgorithms;
import org.movierec.core.algo.content.ContentAlgorithm;
import org.movierec.core.algo.hybrid.HybridAlgorithm;
import org.movierec.core.algo.implicit.TopNAlgorithms;
import org.movierec.core.algo.knn.KnnAlgorithms;
import org.movierec.core.algo.mf.MatrixFactorizationAlgorithms;
import org.movierec.core.algo.sequential.SequentialAlgorithm;

/** The list of algorithms movierec ships, one line per algorithm package. */
final class StandardAlgorithms {
    private StandardAlgorithms() {
    }

    static List<AlgorithmSpec> specs() {
        List<AlgorithmSpec> specs = new ArrayList<>();
        specs.addAll(BaselineAlgorithms.specs());
        specs.addAll(KnnAlgorithms.specs());
        specs.addAll(MatrixFactorizationAlgorithms.specs());
        specs.addAll(BayesianAlgorithms.specs());
        specs.addAll(BlendAlgorithms.specs());
        specs.addAll(TopNAlgorithms.specs());
        specs.add(ContentAlgorithm.spec());
        specs.add(HybridAlgorithm.spec());
        specs.add(SequentialAlgorithm.spec());
        return specs;
    }
}
