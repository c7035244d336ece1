package org.movierec.core.algo.popular;

import java.util.Map;
import java.util.Set;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelContractTest;

/** The shared model contract for the top-N algorithm popular:by=rating. */
class PopularContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return AlgorithmRegistry.standard().parse("popular:by=rating");
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("threshold", "4", "by", "count", "prior", "1");
    }

    @Override
    protected Set<String> paramsWithoutEffect() {
        return Set.of();
    }
}
