package org.movierec.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

    @Test
    void theTwoTastesAreRecommendedBetterByTheirModelThanByChance() {
        Map<String, Double> metrics = QuickEvaluation.evaluate(new CosineAlgorithm(0), true, Fixtures.ratings());
        assertThat(metrics.get("hitRate@10")).isGreaterThan(0.5);
    }

    @Test
    void oneFitServesTheRatingAndTheRankingMetrics() {
        AtomicInteger fits = new AtomicInteger();
        CosineAlgorithm cosine = new CosineAlgorithm(0);
        Algorithm counting = new Algorithm() {
            @Override
            public String name() {
                return cosine.name();
            }

            @Override
            public Map<String, Object> params() {
                return cosine.params();
            }

            @Override
            public Model fit(RatingMatrix train, Progress progress) {
                fits.incrementAndGet();
                return cosine.fit(train, progress);
            }
        };
        Map<String, Double> metrics = QuickEvaluation.evaluate(counting, true, Fixtures.ratings());
        assertThat(fits.get()).isEqualTo(1);
        assertThat(metrics).isEqualTo(QuickEvaluation.evaluate(cosine, true, Fixtures.ratings()));
    }
}
