package org.movierec.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.implicit.IalsAlgorithm;
import org.movierec.core.algo.implicit.IalsModel;
import org.movierec.core.algo.implicit.ImplicitSignal;
import org.movierec.core.algo.mf.AlsAlgorithm;
import org.movierec.core.algo.mf.FactorModel;
import org.movierec.core.data.RatingMatrix;

/**
 * Spark MLlib's ALS ({@code org.apache.spark.ml.recommendation.ALS}) as a movierec trainer: the
 * ratings go to Spark with movierec's dense user and item indices as ids, and the learned factors
 * come back as the core model Spark's objective describes.
 *
 * <ul>
 * <li>explicit ({@code als}): Spark minimises sum (r - p_u.q_i)^2 + reg (n_u |p_u|^2 + n_i |q_i|^2), no mean and no
 * biases; the result is {@link FactorModel#unbiased} with mu = 0, i.e. movierec's {@code als:biased=false} model
 * with the same penalty (fold-in included). Predictions are Spark's clamped to the rating scale.</li>
 * <li>implicit ({@code ials}): Spark's confidence is 1 + alpha r and a row with n ratings gets the L2 weight reg n;
 * the result is {@link IalsModel#of} with weight=rating, scaling=linear, regularization = reg n&#772; and
 * regularization-exponent = 1, which is the same weight.</li>
 * </ul>
 *
 * @param implicit implicit preferences (Spark's implicitPrefs)
 * @param factors Spark's rank
 * @param iterations Spark's maxIter
 * @param reg Spark's regParam
 * @param alpha Spark's alpha (implicit only)
 * @param seed Spark's seed
 * @param partitions number of ALS's user and item blocks (the ratings travel in slices of 32,768)
 */
public record SparkAls(boolean implicit, int factors, int iterations, double reg, double alpha, long seed, int partitions) {
    private static final int CHUNK = 1 << 15;

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

    /** A trained model: the movierec algorithm (name and parameters) the file records, the movierec model, Spark's own model. */
    public record Result(Algorithm claimed, Model model, ALSModel spark) {
    }

    /** Trains on the ratings with the session's cluster. */
    public Result fit(SparkSession spark, RatingMatrix train) {
        if (implicit) {
            for (float r : train.userValues()) {
                if (!(r > 0)) {
                    throw new IllegalArgumentException("implicit ALS on Spark needs positive ratings (Spark reads a rating of "
                            + r + " as a negative preference)");
                }
            }
        }
        ALSModel model = new ALS().setImplicitPrefs(implicit).setRank(factors).setMaxIter(iterations).setRegParam(reg)
                .setAlpha(alpha).setNonnegative(false).setSeed(seed).setNumUserBlocks(partitions).setNumItemBlocks(partitions)
                .setUserCol("user").setItemCol("item").setRatingCol("rating").setColdStartStrategy("nan")
                .fit(ratings(spark, train));
        float[] users = factors(model.userFactors(), train.userCount());
        float[] items = factors(model.itemFactors(), train.itemCount());
        if (!implicit) {
            AlsAlgorithm claimed = (AlsAlgorithm) AlgorithmRegistry.standard().parse(String.format(Locale.ROOT,
                    "als:factors=%d,iterations=%d,reg=%s,biased=false,seed=%d", factors, iterations, reg, seed));
            return new Result(claimed, FactorModel.unbiased(factors, 0f, users, items, (float) reg, (float) claimed.biasReg(),
                    train.scale()), model);
        }
        double mean = Math.max(1, (double) train.size() / Math.max(1, train.userCount()));
        double lambda = reg * mean;
        Algorithm claimed = AlgorithmRegistry.standard().parse(String.format(Locale.ROOT,
                "ials:threshold=0,weight=rating,factors=%d,iterations=%d,regularization=%s,regularization-exponent=1,alpha=%s,"
                        + "scaling=linear,seed=%d", factors, iterations, lambda, alpha, seed));
        IalsModel ials = IalsModel.of(new ImplicitSignal(0, ImplicitSignal.Weight.RATING), factors, lambda, 1, mean, alpha,
                IalsAlgorithm.Scaling.LINEAR, users, items);
        return new Result(claimed, ials, model);
    }

    /** A slice of the ratings, shipped to the executors as three primitive arrays. */
    private record Chunk(int[] users, int[] items, float[] ratings) implements Serializable {
        Iterator<Row> rows() {
            List<Row> rows = new ArrayList<>(users.length);
            for (int k = 0; k < users.length; k++) {
                rows.add(RowFactory.create(users[k], items[k], ratings[k]));
            }
            return rows.iterator();
        }
    }

    /** The ratings as a DataFrame (user int, item int, rating float) of movierec's dense indices. */
    static Dataset<Row> ratings(SparkSession spark, RatingMatrix train) {
        int[] ptr = train.userPointers();
        int[] itemsOf = train.userItems();
        float[] values = train.userValues();
        List<Chunk> chunks = new ArrayList<>();
        int user = 0;
        for (int start = 0; start < train.size(); start += CHUNK) {
            int n = Math.min(CHUNK, train.size() - start);
            int[] u = new int[n];
            for (int k = 0; k < n; k++) {
                while (ptr[user + 1] <= start + k) {
                    user++;
                }
                u[k] = user;
            }
            int[] i = new int[n];
            float[] r = new float[n];
            System.arraycopy(itemsOf, start, i, 0, n);
            System.arraycopy(values, start, r, 0, n);
            chunks.add(new Chunk(u, i, r));
        }
        StructType schema = new StructType().add("user", DataTypes.IntegerType, false).add("item", DataTypes.IntegerType, false)
                .add("rating", DataTypes.FloatType, false);
        JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(chunks, Math.max(1, chunks.size())).flatMap(Chunk::rows);
        return spark.createDataFrame(rows, schema);
    }

    /** Spark's factor DataFrame (id int, features array&lt;float&gt;) as a row-major array; rows Spark did not learn stay 0. */
    private float[] factors(Dataset<Row> frame, int rows) {
        float[] out = new float[rows * factors];
        for (Row row : frame.collectAsList()) {
            int id = row.getInt(0);
            List<Float> features = row.getList(1);
            for (int f = 0; f < factors; f++) {
                out[id * factors + f] = features.get(f);
            }
        }
        return out;
    }
}
