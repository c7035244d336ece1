package org.movierec.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingScale;

/**
 * The model file streamed from Spark's factor tables loads in the core and scores as Spark's own ALSModel
 * (local[2]: the file's layout, not the cluster, is under test here).
 */
class FactorModelFileTest {
    private static SparkSession spark;
    private static Dataset<Row> ratings;

    @BeforeAll
    static void start(@TempDir Path dir) throws IOException {
        spark = SparkSession.builder().appName("movierec-spark-test").master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        ratings = RatingSource.open(spark, TinyRatings.write(dir.resolve("tiny")).toString(), "auto").ratings().cache();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Spark's prediction of every (user, movie) pair by external ids. */
    private static Map<Long, Float> sparkPredictions(ALSModel model) {
        Map<Long, Float> out = new HashMap<>();
        Dataset<Row> pairs = ratings.select("user").distinct().crossJoin(ratings.select("item").distinct());
        for (Row row : model.transform(pairs).collectAsList()) {
            out.put(key(row.getInt(0), row.getInt(1)), row.getFloat(2));
        }
        return out;
    }

    private static long key(int user, int movie) {
        return (long) user << 32 | movie;
    }

    private static ModelFile.Loaded saveAndLoad(SparkAls als, ALSModel model, Path file) throws IOException {
        long users = model.userFactors().count();
        FactorModelFile.save(file, als, SparkAls.meanRatings(ratings.count(), users), RatingScale.WHOLE_STARS, model.userFactors(),
                model.itemFactors());
        return ModelFile.load(file, AlgorithmRegistry.standard());
    }

    @Test
    void explicitFilePredictsAsSparkClampedToTheScale(@TempDir Path dir) throws IOException {
        SparkAls als = new SparkAls(false, 4, 8, 0.1, 1, 42, 2);
        ALSModel model = als.fit(ratings);
        ModelFile.Loaded loaded = saveAndLoad(als, model, dir.resolve("als.model"));
        assertThat(loaded.algorithm()).isEqualTo("als");
        assertThat(loaded.params()).containsEntry("factors", "4").containsEntry("biased", "false").containsEntry("reg", "0.1");
        Map<Long, Float> expected = sparkPredictions(model);
        assertThat(expected).hasSize(TinyRatings.USERS * TinyRatings.ITEMS);
        expected.forEach((pair, spark) -> {
            int u = loaded.users().indexOf((int) (pair >>> 32));
            int i = loaded.items().indexOf((int) (long) pair);
            double p = loaded.model().predict(new Profile(u, new int[0], new float[0]), i);
            assertThat(p).isCloseTo(Math.max(1, Math.min(5, spark)), within(1e-4));
        });
    }

    @Test
    void implicitFileScoresAsSpark(@TempDir Path dir) throws IOException {
        SparkAls als = new SparkAls(true, 4, 8, 0.1, 2, 42, 2);
        ALSModel model = als.fit(ratings);
        ModelFile.Loaded loaded = saveAndLoad(als, model, dir.resolve("ials.model"));
        assertThat(loaded.algorithm()).isEqualTo("ials");
        assertThat(loaded.params()).containsEntry("weight", "rating").containsEntry("alpha", "2.0")
                .containsEntry("regularization-exponent", "1.0");
        float[] scores = new float[loaded.items().size()];
        Map<Long, Float> expected = sparkPredictions(model);
        for (int u = 0; u < loaded.users().size(); u++) {
            loaded.model().score(new Profile(u, new int[0], new float[0]), java.util.stream.IntStream.range(0, scores.length).toArray(), scores);
            for (int i = 0; i < scores.length; i++) {
                assertThat((double) scores[i]).isCloseTo(expected.get(key(loaded.users().idAt(u), loaded.items().idAt(i))), within(1e-4));
            }
        }
    }
}
