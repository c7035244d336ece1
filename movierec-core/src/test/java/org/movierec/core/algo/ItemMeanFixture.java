package org.movierec.core.algo;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.BinaryArrays;
import org.movierec.core.util.Progress;

/** A minimal algorithm for testing the registry and the model file: each item's mean plus an offset. */
record ItemMeanFixture(double offset) implements Algorithm {
    static final AlgorithmSpec SPEC = new AlgorithmSpec("itemmean", "item mean plus offset", Set.of(Task.RATING),
            List.of(ParamSpec.ofDouble("offset", 0.0, "added to every mean"),
                    ParamSpec.ofChoice("mode", "plain", "unused choice", "plain", "fancy")),
            p -> new ItemMeanFixture(p.getDouble("offset")), in -> new FixtureModel(BinaryArrays.readFloats(in)));

    @Override
    public String name() {
        return "itemmean";
    }

    @Override
    public Map<String, Object> params() {
        return Map.of("offset", offset);
    }

    @Override
    public Model fit(RatingMatrix train, Progress progress) {
        float[] means = new float[train.itemCount()];
        for (int i = 0; i < means.length; i++) {
            double sum = 0;
            for (int p = train.itemPointers()[i]; p < train.itemPointers()[i + 1]; p++) {
                sum += train.itemValues()[p];
            }
            int n = train.itemRatingCount(i);
            means[i] = n == 0 ? Float.NaN : (float) (sum / n + offset);
        }
        return new FixtureModel(means);
    }

    record FixtureModel(float[] means) implements Model {
        @Override
        public int itemCount() {
            return means.length;
        }

        @Override
        public double predict(Profile user, int item) {
            return item >= 0 && item < means.length ? means[item] : Double.NaN;
        }

        @Override
        public void score(Profile user, int[] items, float[] out) {
            for (int j = 0; j < items.length; j++) {
                out[j] = (float) predict(user, items[j]);
            }
        }

        @Override
        public Explanation explain(Profile user, int item) {
            return Explanation.none("popularity");
        }

        @Override
        public void write(DataOutput out) throws IOException {
            BinaryArrays.writeFloats(out, means);
        }
    }
}
