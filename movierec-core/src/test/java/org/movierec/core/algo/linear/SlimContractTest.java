package org.movierec.core.algo.linear;

import java.util.Map;
import java.util.Set;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelContractTest;

/** The shared model contract for the top-N algorithm slim:l2=5. */
class SlimContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return AlgorithmRegistry.standard().parse("slim:l2=5");
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("threshold", "4", "weight", "rating", "l1", "3", "l2", "20", "iterations", "1", "min-support", "30");
    }

    @Override
    protected Set<String> paramsWithoutEffect() {
        return Set.of("max-items");
    }
}
