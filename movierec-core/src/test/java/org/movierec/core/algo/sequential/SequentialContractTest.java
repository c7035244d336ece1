package org.movierec.core.algo.sequential;

import java.util.Map;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelContractTest;

/** The shared model contract for the top-N algorithm sequential:lambda=20. */
class SequentialContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return AlgorithmRegistry.standard().parse("sequential:lambda=20");
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("lambda", "5", "min-support", "28", "window", "2", "decay", "0.3", "blend", "0.2");
    }
}
