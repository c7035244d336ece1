package org.movierec.core.eval;

import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/** Test-only most-popular ranking: an item's score is its number of training ratings. */
record PopularityTestAlgorithm() implements Algorithm {

    @Override
    public String name() {
        return "popularity";
    }

    @Override
    public Map<String, Object> params() {
        return Map.of();
    }

    @Override
    public Model fit(RatingMatrix train, Progress progress) {
        float[] counts = new float[train.itemCount()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = train.itemRatingCount(i);
        }
        return new Model() {
            @Override
            public int itemCount() {
                return counts.length;
            }

            @Override
            public double predict(Profile user, int item) {
                return Double.NaN;
            }

            @Override
            public void score(Profile user, int[] items, float[] out) {
                for (int j = 0; j < items.length; j++) {
                    out[j] = counts[items[j]];
                }
            }

            @Override
            public Explanation explain(Profile user, int item) {
                return Explanation.none("popularity");
            }

            @Override
            public void write(DataOutput out) throws IOException {
                throw new IOException("not saved in tests");
            }
        };
    }
}
