package org.movierec.app.service;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.Task;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.eval.Evaluator;
import org.movierec.core.eval.FoldMask;
import org.movierec.core.eval.HoldoutSplitter;
import org.movierec.core.eval.Protocol;

/**
 * A quick hold-out evaluation of a configured algorithm for the models page: {@value #TEST_PERCENT}% of
 * the ratings (seed {@value #SEED}) are held out, the algorithm is fitted once on the rest and that model is
 * measured with the core {@link Evaluator}: RMSE and MAE for rating models, and for every model nDCG, precision,
 * recall and hit rate of top-{@value #K} lists, a held-out rating of at least {@value #RELEVANT} counting as relevant.
 * Above {@value #MAX_RATINGS} ratings, it runs on the ratings of a seeded random sample of users holding about that
 * many, so that measuring a model at MovieLens-25M size costs a fraction of its training, not a second training
 * (and with a quarter of the memory budget: an ease model of half as many items, an eighth of the inversion).
 */
public final class QuickEvaluation {
    static final int TEST_PERCENT = 20;
    static final long SEED = 42;
    static final int K = 10;
    static final double RELEVANT = 4.0;
    static final int MAX_RATINGS = 1_000_000;

    private QuickEvaluation() {
    }

    /**
     * The metrics of the algorithm on a hold-out split of the ratings, in a fixed order: rmse, mae
     * (when it predicts ratings), ndcg@10, precision@10, recall@10, hitRate@10.
     */
    public static Map<String, Double> evaluate(Algorithm configured, boolean predictsRatings, RatingMatrix all) {
        RatingMatrix ratings = sample(all);
        Algorithm algorithm = ratings == all ? configured : configured.withMemoryBudget(ModelTrainer.memoryBudget() / 4);
        FoldMask fold = new HoldoutSplitter(TEST_PERCENT / 100.0, SEED).split(ratings).get(0);
        RatingMatrix train = fold.trainOf(ratings);
        RatingMatrix test = fold.testOf(ratings);
        double threshold = ratings.scale().max() >= RELEVANT ? RELEVANT : Double.NaN;
        Set<Task> tasks = predictsRatings ? EnumSet.of(Task.RATING, Task.RANKING) : EnumSet.of(Task.RANKING);
        Map<Task, Map<String, Double>> measured = new Evaluator(new Protocol("served", "holdout", SEED, Task.RANKING, K, threshold), null)
                .evaluateFold(algorithm, train, test, tasks);
        Map<String, Double> out = new LinkedHashMap<>();
        if (predictsRatings) {
            out.put("rmse", measured.get(Task.RATING).get("rmse"));
            out.put("mae", measured.get(Task.RATING).get("mae"));
        }
        for (String key : new String[] {"ndcg", "precision", "recall", "hitRate"}) {
            out.put(key + "@" + K, measured.get(Task.RANKING).get(key));
        }
        return out;
    }

    /** All ratings up to {@value #MAX_RATINGS}; above, those of users drawn with that share of the ratings (seed {@value #SEED}). */
    static RatingMatrix sample(RatingMatrix ratings) {
        if (ratings.size() <= MAX_RATINGS) {
            return ratings;
        }
        double share = (double) MAX_RATINGS / ratings.size();
        SplittableRandom random = new SplittableRandom(SEED);
        int[] ptr = ratings.userPointers();
        boolean[] keep = new boolean[ratings.size()];
        for (int u = 0; u < ratings.userCount(); u++) {
            if (random.nextDouble() < share) {
                Arrays.fill(keep, ptr[u], ptr[u + 1], true);
            }
        }
        return ratings.select(keep);
    }
}
