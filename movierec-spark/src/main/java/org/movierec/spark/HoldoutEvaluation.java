package org.movierec.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.data.Profile;
import org.movierec.core.eval.AccuracyMetric;
import org.movierec.core.eval.RatingErrors;

/**
 * A random hold-out evaluated on the cluster with the definitions of {@code movierec evaluate}: every
 * rating is held out with probability {@code fraction} (a hash of user, movie and seed, so the split
 * does not depend on partitioning); the model trained on the rest is measured on the executors by the
 * core's own metrics. Explicit: RMSE and MAE ({@link RatingErrors}; a movie the model does not know is
 * predicted as the training mean). Implicit: recall@k and nDCG@k ({@link AccuracyMetric}) over every user
 * with a held-out rating, candidates being all movies the user did not rate in training.
 *
 * @param fraction the share of ratings held out
 * @param seed the split's seed
 */
record HoldoutEvaluation(double fraction, long seed) {
    private static final long BUCKETS = 1_000_000;

    HoldoutEvaluation {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the hold-out fraction must be between 0 and 1 (exclusive), got " + fraction);
        }
    }

    /** The evaluation a {@code holdout:F} argument names. */
    static HoldoutEvaluation parse(String spec, long seed) {
        String[] parts = spec.split(":", 2);
        if (parts.length != 2 || !parts[0].equals("holdout")) {
            throw new IllegalArgumentException("unknown evaluation '" + spec + "': movierec-spark evaluates holdout:FRACTION, e.g. holdout:0.1");
        }
        try {
            return new HoldoutEvaluation(Double.parseDouble(parts[1]), seed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the hold-out fraction '" + parts[1] + "' is not a number");
        }
    }

    /** True for a held-out rating (columns user and item). */
    Column isTest() {
        return pmod(xxhash64(col("user"), col("item"), lit(seed)), lit(BUCKETS)).lt(lit(Math.round(fraction * BUCKETS)));
    }

    /**
     * The metrics of the shipped model on the held-out ratings, computed on the executors.
     *
     * @param ratings good ratings: user, item, rating
     * @param ranking recall@k and nDCG@k (implicit) rather than RMSE and MAE
     * @param trainMean the training ratings' mean, the prediction where the model has none
     */
    Map<String, Double> measure(Dataset<Row> ratings, ShippedModel model, boolean ranking, int k, double trainMean, int partitions) {
        double[] sums = ratings.withColumn("test", isTest()).repartition(partitions, col("user")).sortWithinPartitions("user")
                .javaRDD().mapPartitions(rows -> List.of(ranking ? rankingSums(UserRatings.of(rows), model.get(), k)
                        : errorSums(UserRatings.of(rows), model.get(), trainMean)).iterator())
                .reduce(HoldoutEvaluation::add);
        Map<String, Double> out = new LinkedHashMap<>();
        if (ranking) {
            out.put("recall@" + k, sums[1] / sums[0]);
            out.put("ndcg@" + k, sums[2] / sums[0]);
            out.put("users", sums[0]);
        } else {
            out.put("rmse", Math.sqrt(sums[1] / sums[0]));
            out.put("mae", sums[2] / sums[0]);
            out.put("coverage", sums[3] / sums[0]);
            out.put("ratings", sums[0]);
        }
        return out;
    }

    private static double[] add(double[] a, double[] b) {
        double[] sum = a.clone();
        for (int j = 0; j < sum.length; j++) {
            sum[j] += b[j];
        }
        return sum;
    }

    /** Users with held-out ratings, and the sums of their recall@k and nDCG@k. */
    private static double[] rankingSums(Iterator<UserRatings> users, ModelFile.Loaded model, int k) {
        double[] sums = new double[3];
        while (users.hasNext()) {
            UserRatings user = users.next();
            int[] relevant = heldOut(user, model);
            if (relevant.length == 0) {
                continue;
            }
            Profile profile = user.profile(model);
            List<ScoredItem> top = model.model().recommend(profile, k, item -> !profile.contains(item));
            int[] ranked = top.stream().mapToInt(ScoredItem::item).toArray();
            sums[0]++;
            sums[1] += AccuracyMetric.RECALL.measure(ranked, k, relevant);
            sums[2] += AccuracyMetric.NDCG.measure(ranked, k, relevant);
        }
        return sums;
    }

    /** The held-out movies as the model's indices, ascending; one the model does not know counts as a distinct miss. */
    private static int[] heldOut(UserRatings user, ModelFile.Loaded model) {
        int[] out = new int[user.movies().length];
        int n = 0;
        for (int j = 0; j < out.length; j++) {
            if (user.test()[j]) {
                int item = model.items().indexOf(user.movies()[j]);
                out[n] = item >= 0 ? item : -1 - n;
                n++;
            }
        }
        int[] relevant = Arrays.copyOf(out, n);
        Arrays.sort(relevant);
        return relevant;
    }

    /** Held-out ratings, and the sums of squared and absolute errors and of predicted ratings (coverage). */
    private static double[] errorSums(Iterator<UserRatings> users, ModelFile.Loaded model, double trainMean) {
        float[] actual = new float[1024];
        double[] predicted = new double[1024];
        int n = 0;
        while (users.hasNext()) {
            UserRatings user = users.next();
            Profile profile = user.profile(model);
            for (int j = 0; j < user.movies().length; j++) {
                if (!user.test()[j]) {
                    continue;
                }
                if (n == actual.length) {
                    actual = Arrays.copyOf(actual, n * 2);
                    predicted = Arrays.copyOf(predicted, n * 2);
                }
                int item = model.items().indexOf(user.movies()[j]);
                actual[n] = user.ratings()[j];
                predicted[n++] = item < 0 ? Double.NaN : model.model().predict(profile, item);
            }
        }
        if (n == 0) {
            return new double[4];
        }
        RatingErrors errors = RatingErrors.of(Arrays.copyOf(actual, n), Arrays.copyOf(predicted, n), trainMean);
        return new double[] {n, errors.rmse() * errors.rmse() * n, errors.mae() * n, errors.coverage() * n};
    }
}
