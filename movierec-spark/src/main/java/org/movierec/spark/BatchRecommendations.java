package org.movierec.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.data.Profile;

/**
 * Top-N recommendations for every user of a data set, computed on the executors: the ratings are
 * grouped by user across the cluster, and each user's list comes from the core's model
 * ({@code Model.recommend}) over every movie the model knows and the user did not rate.
 */
final class BatchRecommendations {
    static final StructType SCHEMA = new StructType().add("userId", DataTypes.IntegerType, false)
            .add("movieId", DataTypes.IntegerType, false).add("rank", DataTypes.IntegerType, false)
            .add("score", DataTypes.FloatType, false);

    private BatchRecommendations() {
    }

    /**
     * The lists as rows (userId, movieId, rank 1..n, score), lazily: nothing runs until they are written.
     *
     * @param ratings good ratings: user, item, rating
     * @param users counts the users listed, as the rows are written
     */
    static Dataset<Row> of(SparkSession spark, ShippedModel model, Dataset<Row> ratings, int n, int partitions, LongAccumulator users) {
        if (n < 1) {
            throw new IllegalArgumentException("-n must be at least 1");
        }
        JavaRDD<Row> rows = ratings.repartition(partitions, col("user")).sortWithinPartitions("user").javaRDD()
                .mapPartitions(sorted -> StreamSupport.stream(Spliterators.spliteratorUnknownSize(UserRatings.of(sorted), Spliterator.ORDERED), false)
                        .flatMap(user -> {
                            users.add(1);
                            return top(model.get(), user, n).stream();
                        }).iterator());
        return spark.createDataFrame(rows, SCHEMA);
    }

    private static List<Row> top(ModelFile.Loaded model, UserRatings user, int n) {
        Profile profile = user.profile(model);
        List<ScoredItem> top = model.model().recommend(profile, n, item -> !profile.contains(item));
        List<Row> rows = new ArrayList<>(top.size());
        for (int r = 0; r < top.size(); r++) {
            rows.add(RowFactory.create(user.user(), model.items().idAt(top.get(r).item()), r + 1, (float) top.get(r).score()));
        }
        return rows;
    }
}
