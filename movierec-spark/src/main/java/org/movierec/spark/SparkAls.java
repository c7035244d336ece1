package org.movierec.spark;

import java.util.Locale;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.implicit.IalsAlgorithm;

/**
 * Spark MLlib's ALS ({@code org.apache.spark.ml.recommendation.ALS}) as a movierec trainer: the
 * executors fit it on the ratings (external user and movie ids as Spark's ids), and the learned
 * factors become the core model Spark's objective describes.
 *
 * <ul>
 * <li>explicit ({@code als}): Spark minimises sum (r - p_u.q_i)^2 + reg (n_u |p_u|^2 + n_i |q_i|^2), no mean and no
 * biases: movierec's {@code als:biased=false} model with mu = 0 and the same penalty (fold-in included).</li>
 * <li>implicit ({@code ials}): Spark's confidence is 1 + alpha r and a row with n ratings gets the L2 weight reg n;
 * movierec's {@code ials} with weight=rating, scaling=linear, regularization = reg n&#772; and
 * regularization-exponent = 1 gives the same weight.</li>
 * </ul>
 *
 * @param implicit implicit preferences (Spark's implicitPrefs)
 * @param factors Spark's rank
 * @param iterations Spark's maxIter
 * @param reg Spark's regParam
 * @param alpha Spark's alpha (implicit only)
 * @param seed Spark's seed
 * @param partitions ALS's user and item blocks
 */
public record SparkAls(boolean implicit, int factors, int iterations, double reg, double alpha, long seed, int partitions) {

    public SparkAls {
        if (factors < 1 || iterations < 1 || partitions < 1) {
            throw new IllegalArgumentException("Spark ALS needs at least 1 factor, 1 iteration and 1 partition");
        }
        if (!(reg > 0) || !(alpha >= 0)) {
            throw new IllegalArgumentException("Spark ALS needs --reg > 0 and --alpha >= 0");
        }
    }

    /** The movierec algorithm name the model file records: {@code als} or {@code ials}. */
    public String algorithm() {
        return implicit ? IalsAlgorithm.NAME : "als";
    }

    /** Fits on a DataFrame of (user int, item int, rating float) on the session's cluster. */
    public ALSModel fit(Dataset<Row> ratings) {
        return new ALS().setImplicitPrefs(implicit).setRank(factors).setMaxIter(iterations).setRegParam(reg)
                .setAlpha(alpha).setNonnegative(false).setSeed(seed).setNumUserBlocks(partitions).setNumItemBlocks(partitions)
                .setUserCol("user").setItemCol("item").setRatingCol("rating").setColdStartStrategy("nan")
                .fit(ratings);
    }

    /** The mean ratings per user (at least 1): n&#772; in the implicit model's penalty. */
    public static double meanRatings(long ratings, long users) {
        return Math.max(1, (double) ratings / Math.max(1, users));
    }

    /**
     * The movierec algorithm whose model Spark's is, with its parameters as the model file records them.
     *
     * @param meanRatings the training ratings per user ({@link #meanRatings})
     */
    public Algorithm claimed(double meanRatings) {
        if (!implicit) {
            return AlgorithmRegistry.standard().parse(String.format(Locale.ROOT,
                    "als:factors=%d,iterations=%d,reg=%s,biased=false,seed=%d", factors, iterations, reg, seed));
        }
        return AlgorithmRegistry.standard().parse(String.format(Locale.ROOT,
                "ials:threshold=0,weight=rating,factors=%d,iterations=%d,regularization=%s,regularization-exponent=1,alpha=%s,"
                        + "scaling=linear,seed=%d", factors, iterations, reg * meanRatings, alpha, seed));
    }
}
