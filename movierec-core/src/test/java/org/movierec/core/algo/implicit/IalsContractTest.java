package org.movierec.core.algo.implicit;

import java.util.Map;
import java.util.Set;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelContractTest;

/** The shared model contract for the top-N algorithm ials:factors=8,iterations=5,regularization=2. */
class IalsContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return AlgorithmRegistry.standard().parse("ials:factors=8,iterations=5,regularization=2");
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("threshold", "4", "weight", "binary", "factors", "6", "iterations", "3", "regularization", "5", "regularization-exponent", "1", "alpha", "3", "scaling", "linear", "cg-steps", "2", "seed", "7");
    }

    @Override
    protected Set<String> paramsWithoutEffect() {
        return Set.of();
    }
}
