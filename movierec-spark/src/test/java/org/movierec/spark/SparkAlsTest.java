package org.movierec.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.algo.implicit.RankingModel;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.eval.FoldMask;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;

/** Spark ALS to movierec models on a tiny data set, against Spark's own ALSModel.transform (local[2], no network). */
class SparkAlsTest {
    private static SparkSession spark;
    private static RatingMatrix data;

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        spark = SparkSession.builder().appName("movierec-spark-test").master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        data = Releases.read(TinyRatings.write(dir.resolve("tiny")), Progress.NONE).ratings();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Spark's predictions for every (user, item) pair, users x items, NaN where Spark has no factors. */
    private static double[][] sparkPredictions(SparkAls.Result result, int users, int items) {
        List<Row> pairs = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < items; i++) {
                pairs.add(RowFactory.create(u, i));
            }
        }
        StructType schema = new StructType().add("user", DataTypes.IntegerType).add("item", DataTypes.IntegerType);
        double[][] out = new double[users][items];
        for (Row row : result.spark().transform(spark.createDataFrame(pairs, schema)).collectAsList()) {
            out[row.getInt(0)][row.getInt(1)] = row.getFloat(2);
        }
        return out;
    }

    @Test
    void explicitModelFilePredictsAsSparkWithinTheScale(@TempDir Path dir) throws IOException {
        SparkAls.Result result = new SparkAls(false, 4, 10, 0.1, 1, 42, 2).fit(spark, data);
        Path file = dir.resolve("als.model");
        ModelFile.save(file, result.claimed(), result.model(), data.users(), data.items(), data.scale());
        ModelFile.Loaded loaded = ModelFile.load(file, AlgorithmRegistry.standard());
        assertThat(loaded.algorithm()).isEqualTo("als");
        assertThat(loaded.params()).containsEntry("factors", "4").containsEntry("iterations", "10").containsEntry("reg", "0.1")
                .containsEntry("biased", "false").containsEntry("seed", "42");
        double[][] expected = sparkPredictions(result, data.userCount(), data.itemCount());
        Model model = loaded.model();
        double sse = 0;
        for (int u = 0; u < data.userCount(); u++) {
            for (int i = 0; i < data.itemCount(); i++) {
                double p = model.predict(data.profile(u), i);
                double clamped = Math.max(data.scale().min(), Math.min(data.scale().max(), expected[u][i]));
                assertThat(p).isBetween(1.0, 5.0).isCloseTo(clamped, within(1e-4));
            }
            for (int k = data.userPointers()[u]; k < data.userPointers()[u + 1]; k++) {
                double e = model.predict(data.profile(u), data.userItems()[k]) - data.userValues()[k];
                sse += e * e;
            }
        }
        assertThat(Math.sqrt(sse / data.size())).as("training RMSE").isLessThan(0.8);
    }

    @Test
    void implicitModelScoresAsSparkAndRanksHeldOutItemsAboveRandom(@TempDir Path dir) throws IOException {
        // hold out one liked rating per user
        boolean[] test = new boolean[data.size()];
        SplittableRandom random = new SplittableRandom(3);
        int[] heldOut = new int[data.userCount()];
        for (int u = 0; u < data.userCount(); u++) {
            List<Integer> liked = new ArrayList<>();
            for (int k = data.userPointers()[u]; k < data.userPointers()[u + 1]; k++) {
                if (data.userValues()[k] >= 4) {
                    liked.add(k);
                }
            }
            int k = liked.get(random.nextInt(liked.size()));
            test[k] = true;
            heldOut[u] = data.userItems()[k];
        }
        RatingMatrix train = FoldMask.ofTest(test).trainOf(data);
        SparkAls.Result result = new SparkAls(true, 4, 10, 0.1, 2, 42, 2).fit(spark, train);
        Path file = dir.resolve("ials.model");
        ModelFile.save(file, result.claimed(), result.model(), train.users(), train.items(), train.scale());
        ModelFile.Loaded loaded = ModelFile.load(file, AlgorithmRegistry.standard());
        assertThat(loaded.algorithm()).isEqualTo("ials");
        assertThat(loaded.params()).containsEntry("weight", "rating").containsEntry("scaling", "linear")
                .containsEntry("regularization-exponent", "1.0").containsEntry("alpha", "2.0");
        RankingModel model = (RankingModel) loaded.model();
        double[][] expected = sparkPredictions(result, train.userCount(), train.itemCount());
        float[] scores = new float[train.itemCount()];
        double sumAuc = 0;
        for (int u = 0; u < train.userCount(); u++) {
            model.scoreAll(train.profile(u), scores);
            for (int i = 0; i < train.itemCount(); i++) {
                assertThat((double) scores[i]).isCloseTo(expected[u][i], within(1e-4));
            }
            // share of the user's unrated items that the held-out item outranks (0.5 for a random ranking)
            int above = 0;
            int candidates = 0;
            for (int i = 0; i < train.itemCount(); i++) {
                if (i != heldOut[u] && Float.isNaN(train.rating(u, i))) {
                    candidates++;
                    above += scores[heldOut[u]] > scores[i] ? 1 : 0;
                }
            }
            sumAuc += (double) above / candidates;
        }
        assertThat(sumAuc / train.userCount()).as("mean AUC of the held-out items").isGreaterThan(0.7);
    }

    @Test
    void implicitRefusesNonPositiveRatings(@TempDir Path dir) throws IOException {
        java.nio.file.Files.createDirectories(dir.resolve("zero"));
        java.nio.file.Files.writeString(dir.resolve("zero/ratings.csv"), "user,item,rating\n1,1,0\n1,2,3\n2,1,4\n");
        RatingMatrix zero = Releases.read(dir.resolve("zero"), Progress.NONE).ratings();
        assertThatThrownBy(() -> new SparkAls(true, 2, 2, 0.1, 1, 42, 1).fit(spark, zero))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs positive ratings");
    }
}
