package org.movierec.core.algo.bayes;

import java.util.Map;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.ModelContractTest;

class BayesianMfContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return new BayesianMfAlgorithm(4, 10, 5, 2, true, true, 42);
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("factors", "5", "burnin", "11", "samples", "6", "thin", "3", "implicit", "false",
                "flipped", "false", "seed", "7");
    }
}
