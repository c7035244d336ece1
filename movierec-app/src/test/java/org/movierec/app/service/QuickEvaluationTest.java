package org.movierec.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataOutput;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.data.Profile;
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

    /** Scores drawn uniformly from the rating scale, the same for a (user, item) pair every time. */
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
            return new Model() {
                @Override
                public int itemCount() {
                    return train.itemCount();
                }

                @Override
                public double predict(Profile user, int item) {
                    float low = train.scale().min();
                    return low + new SplittableRandom(31L * Arrays.hashCode(user.items()) + item).nextDouble() * (train.scale().max() - low);
                }

                @Override
                public void score(Profile user, int[] items, float[] out) {
                    for (int j = 0; j < items.length; j++) {
                        out[j] = (float) predict(user, items[j]);
                    }
                }

                @Override
                public Explanation explain(Profile user, int item) {
                    return new Explanation("random", List.of());
                }

                @Override
                public void write(DataOutput out) {
                    throw new UnsupportedOperationException("a test model");
                }
            };
        }
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
