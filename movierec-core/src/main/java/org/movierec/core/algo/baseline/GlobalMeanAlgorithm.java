package org.movierec.core.algo.baseline;

import java.util.Map;
import java.util.Set;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.Task;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/** Predicts the mean of all training ratings for every user and item. No parameters. */
public record GlobalMeanAlgorithm() implements Algorithm {
    public static final String NAME = "mean";
    public static final AlgorithmSpec SPEC = new AlgorithmSpec(NAME,
            "global mean of the training ratings (a reference point, not a recommender)", Set.of(Task.RATING),
            java.util.List.of(), params -> new GlobalMeanAlgorithm(), GlobalMeanModel::read);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        return Map.of();
    }

    @Override
    public GlobalMeanModel fit(RatingMatrix train, Progress progress) {
        double mean = train.size() == 0 ? (train.scale().min() + train.scale().max()) / 2.0 : train.globalMean();
        return new GlobalMeanModel(train.itemCount(), mean);
    }
}
