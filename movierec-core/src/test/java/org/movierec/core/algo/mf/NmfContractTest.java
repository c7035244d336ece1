package org.movierec.core.algo.mf;

import java.util.Map;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.ModelContractTest;

class NmfContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return new NmfAlgorithm(6, 20, 0.1, true, 0.005, 0.02, 1.0, 42);
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("factors", "3", "epochs", "10", "reg", "0.3", "biased", "false", "bias-lr", "0.01",
                "bias-reg", "0.1", "init-high", "0.5", "seed", "1");
    }
}
