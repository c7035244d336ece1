package org.movierec.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelWarmupTest {

    @Test
    void answersSampledRequestsUntilTheCountOrTheTimeRunsOut() {
        ModelRegistry models = new ModelRegistry();
        models.put(Fixtures.trainedModel());
        RecommendationService service = new RecommendationService(Fixtures.library(), models);
        assertThat(ModelWarmup.run(service, 50, 60_000)).isEqualTo(50);
        assertThat(ModelWarmup.run(service, 50, 0)).as("no time left").isZero();
    }
}
