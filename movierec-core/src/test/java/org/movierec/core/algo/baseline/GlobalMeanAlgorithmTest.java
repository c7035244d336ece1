package org.movierec.core.algo.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.ModelContractTest;
import org.movierec.core.data.Profile;

class GlobalMeanAlgorithmTest extends ModelContractTest {
    @Override
    protected Algorithm algorithm() {
        return new GlobalMeanAlgorithm();
    }

    @Override
    protected Map<String, String> alternativeParams() {
        return Map.of();
    }

    @Test
    void predictsTheMeanOfAllRatings() {
        double sum = 0;
        for (float v : train.userValues()) {
            sum += v;
        }
        assertThat(model.predict(Profile.empty(), 3)).isCloseTo(sum / train.size(), within(1e-9));
    }
}
