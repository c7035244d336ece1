package org.movierec.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.movierec.core.algo.Task;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

class ParameterSearchTest {

    @Test
    void gridGivesEveryCombinationLastFastest() {
        assertThat(SearchSpace.grid("factors=50,100;reg=0.02,0.05")).containsExactly(
                Map.of("factors", "50", "reg", "0.02"), Map.of("factors", "50", "reg", "0.05"),
                Map.of("factors", "100", "reg", "0.02"), Map.of("factors", "100", "reg", "0.05"));
        assertThatThrownBy(() -> SearchSpace.grid("factors")).hasMessageContaining("name=values");
        assertThatThrownBy(() -> SearchSpace.grid("a=1;a=2")).hasMessageContaining("given twice");
    }

    @Test
    void randomSamplesStayInRangeAndRepeatPerSeed() {
        List<Map<String, String>> a = SearchSpace.random("reg=0.001:0.1:log;factors=16:128:int;sim=cosine,pearson", 20, 7);
        assertThat(a).hasSize(20).isEqualTo(SearchSpace.random("reg=0.001:0.1:log;factors=16:128:int;sim=cosine,pearson", 20, 7));
        assertThat(a).isNotEqualTo(SearchSpace.random("reg=0.001:0.1:log;factors=16:128:int;sim=cosine,pearson", 20, 8));
        for (Map<String, String> p : a) {
            assertThat(Double.parseDouble(p.get("reg"))).isBetween(0.001, 0.1);
            assertThat(Integer.parseInt(p.get("factors"))).isBetween(16, 128);
            assertThat(p.get("sim")).isIn("cosine", "pearson");
        }
        assertThat(SearchSpace.random("k=1:2:int", 10, 1)).hasSize(2);
        assertThatThrownBy(() -> SearchSpace.random("reg=0:1:log", 3, 1)).hasMessageContaining("LO > 0");
        assertThatThrownBy(() -> SearchSpace.random("reg=1:x", 3, 1)).hasMessageContaining("LO:HI");
    }

    @Test
    void searchPicksTheLowestRmse() throws IOException {
        RatingMatrix data = Fixtures.random(100, 30, 20, 5);
        Evaluator evaluator = new Evaluator(new Protocol("random", "kfold:3", 1, Task.RATING, 10, Double.NaN), null);
        ParameterSearch.Outcome outcome = new ParameterSearch(evaluator, "rmse").search(ItemMeanAlgorithm.SPEC,
                SearchSpace.grid("damping=0,2,1000"), data, new KFoldSplitter(3, 1), Progress.NONE);
        assertThat(outcome.trials()).hasSize(3);
        double best = outcome.best().result().mean("rmse");
        for (ParameterSearch.Trial t : outcome.trials()) {
            assertThat(best).isLessThanOrEqualTo(t.result().mean("rmse"));
        }
        assertThat(outcome.lowerIsBetter()).isTrue();
        assertThat(outcome.best().given()).containsEntry("damping", "1000");
    }
}
