package org.movierec.core.algo.blend;

import java.util.Map;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.ModelContractTest;

class BlendContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return new BlendAlgorithm("baseline+bmf/factors=3/burnin=5/samples=3/thin=1", 3, 0.001, true, 42);
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("models", "baseline+itemknn", "folds", "4", "reg", "0.5", "support", "false", "seed", "7");
    }
}
