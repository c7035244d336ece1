package org.movierec.core.algo.content;

import java.util.Map;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ContractData;
import org.movierec.core.algo.ModelContractTest;
import org.movierec.core.data.ItemFeatures;

/** The shared model contract for content at its defaults, on {@link ContractData#features()}. */
class ContentContractTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return AlgorithmRegistry.standard().parse("content");
    }

    @Override
    protected ItemFeatures itemFeatures() {
        return ContractData.features();
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of("genres", "3", "year", "2", "tags", "0", "directors", "3", "writers", "2", "cast", "3",
                "keywords", "2", "cast-size", "1", "min-items", "3", "weighting", "binary");
    }
}
