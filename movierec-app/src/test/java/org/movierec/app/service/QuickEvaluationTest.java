package org.movierec.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.Model;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;
import org.junit.jupiter.api.Test;

class QuickEvaluationTest {
    @Test
    void ratingModelsGetErrorsAndListMetricsRankingModelsOnlyListMetrics() {
        Map<String, Double> rating = QuickEvaluation.evaluate(new CosineAlgorithm(0), true, Fixtures.ratings());
        assertThat(rating.keySet()).containsExactly("rmse", "mae", "ndcg@10", "precision@10", "recall@10", "hitRate@10");
        assertThat(rating.get("rmse")).isGreaterThanOrEqualTo(rating.get("mae")).isLessThan(4.5);
        assertThat(rating.get("precision@10")).isBetween(0.0, 1.0);
        Map<String, Double> ranking = QuickEvaluation.evaluate(new CosineAlgorithm(0), false, Fixtures.ratings());
        assertThat(ranking.keySet()).containsExactly("ndcg@10", "precision@10", "recall@10", "hitRate@10");
        assertThat(ranking.get("ndcg@10")).isEqualTo(rating.get("ndcg@10"));
    }

    /** The fixture's two tastes are learnable: the cosine model beats scores drawn at random
     * in error and in the order of its lists (every candidate fits in the top 10, so precision cannot tell them apart). */
    @Test
    void theTwoTastesAreRecommendedBetterByTheirModelThanByChance() {
        Map<String, Double> model = QuickEvaluation.evaluate(new CosineAlgorithm(0), true, Fixtures.ratings());
        Map<String, Double> chance = QuickEvaluation.evaluate(new RandomAlgorithm(), true, Fixtures.ratings());
        assertThat(model.get("rmse")).isLessThan(chance.get("rmse") - 0.5);
        assertThat(model.get("ndcg@10")).isGreaterThan(chance.get("ndcg@10") + 0.1);
    }

    /** The cosine model's formula with similarities drawn at random instead of learned: a model that knows nothing. */
    private record RandomAlgorithm() implements Algorithm {
        @Override
        public String name() {
            return "random";
        }

        @Override
        public Map<String, Object> params() {
            return Map.of();
        }

        @Override
        public Model fit(RatingMatrix train, Progress progress) {
            SplittableRandom random = new SplittableRandom(7);
            float[] sim = new float[train.itemCount() * train.itemCount()];
            for (int k = 0; k < sim.length; k++) {
                sim[k] = (float) random.nextDouble(-1, 1);
            }
            double sum = 0;
            for (float v : train.userValues()) {
                sum += v;
            }
            return new CosineModel(train.itemCount(), (float) (sum / train.size()), sim);
        }
    }
}
