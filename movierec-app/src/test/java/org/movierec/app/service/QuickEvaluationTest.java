package org.movierec.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

    @Test
    void theTwoTastesAreRecommendedBetterByTheirModelThanByChance() {
        Map<String, Double> metrics = QuickEvaluation.evaluate(new CosineAlgorithm(0), true, Fixtures.ratings());
        assertThat(metrics.get("hitRate@10")).isGreaterThan(0.5);
    }
}
