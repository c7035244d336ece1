package org.movierec.core.algo.implicit;

import java.util.Map;
import java.util.Set;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelContractTest;

/** The shared model contract for the top-N algorithm bpr:factors=8,iterations=10. */
class BprContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return AlgorithmRegistry.standard().parse("bpr:factors=8,iterations=10");
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("threshold", "4", "factors", "6", "iterations", "5", "learning-rate", "0.05", "regularization", "0.1", "seed", "7");
    }

    @Override
    protected Set<String> paramsWithoutEffect() {
        return Set.of();
    }
}
