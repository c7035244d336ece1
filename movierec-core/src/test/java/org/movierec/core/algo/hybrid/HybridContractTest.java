package org.movierec.core.algo.hybrid;

import java.util.Map;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ContractData;
import org.movierec.core.algo.ModelContractTest;
import org.movierec.core.data.ItemFeatures;

/** The shared model contract for hybrid at its defaults (ials, content, popularity), on {@link ContractData#features()}. */
class HybridContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return AlgorithmRegistry.standard().parse("hybrid");
    }

    @Override
    protected ItemFeatures itemFeatures() {
        return ContractData.features();
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("cf", "ease", "user-shrink", "100", "item-shrink", "50", "content-share", "0.9");
    }
}
