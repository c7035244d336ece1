package org.movierec.core.algo.mf;

import java.util.Map;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.ModelContractTest;

class AlsContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return new AlsAlgorithm(8, 5, 0.1, 0.1, true, 0.1, 42);
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("factors", "4", "iterations", "2", "reg", "0.3", "bias-reg", "0.3", "biased", "false",
                "init-std", "0.5", "seed", "1");
    }
}
