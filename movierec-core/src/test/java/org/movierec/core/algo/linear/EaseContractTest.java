package org.movierec.core.algo.linear;

import java.util.Map;
import java.util.Set;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelContractTest;

/** The shared model contract for the top-N algorithm ease:lambda=20. */
class EaseContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return AlgorithmRegistry.standard().parse("ease:lambda=20");
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("threshold", "4", "weight", "rating", "lambda", "5", "dropout", "0.3", "min-support", "28");
    }

    @Override
    protected Set<String> paramsWithoutEffect() {
        return Set.of("max-items");
    }
}
