package org.movierec.core.algo.implicit;

import java.util.Map;
import java.util.Set;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelContractTest;

/** The shared model contract for the top-N algorithm itemknn-implicit. */
class ItemKnnImplicitContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return AlgorithmRegistry.standard().parse("itemknn-implicit");
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("threshold", "4", "weight", "binary", "neighbours", "3", "alpha", "0.5", "exponent", "2", "user-penalty", "0", "popularity-penalty", "0", "shrink", "0");
    }

    @Override
    protected Set<String> paramsWithoutEffect() {
        return Set.of();
    }
}
