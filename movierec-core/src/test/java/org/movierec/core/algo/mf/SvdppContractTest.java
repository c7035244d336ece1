package org.movierec.core.algo.mf;

import java.util.Map;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.ModelContractTest;

class SvdppContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return new SvdppAlgorithm(8, 20, 0.007, 0.05, 0.02, 0.05, 0.98, 42);
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("factors", "4", "epochs", "10", "lr", "0.01", "reg", "0.2", "bias-reg", "0.1",
                "init-std", "0.1", "decay", "0.9", "seed", "1");
    }
}
