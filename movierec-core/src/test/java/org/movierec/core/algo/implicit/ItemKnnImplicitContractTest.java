package org.movierec.core.algo.implicit;

import java.util.Map;
import java.util.Set;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelContractTest;

/** The shared model contract for the top-N algorithm itemknn-implicit (few neighbours, so that choosing them matters). */
class ItemKnnImplicitContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return AlgorithmRegistry.standard().parse("itemknn-implicit:neighbours=5");
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("threshold", "4", "weight", "rating", "neighbours", "2", "alpha", "0.5", "exponent", "2", "user-penalty", "0", "popularity-penalty", "0", "shrink", "0",
                "interpolation", "0");
    }

    @Override
    protected Set<String> paramsWithoutEffect() {
        // with interpolation weights the exponent only reorders candidates, so the same neighbours are kept
        return Set.of("exponent", "max-items");
    }
}
