package org.movierec.core.eval;

import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Task;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * Test-only algorithm: predicts an item's mean training rating, damped toward the global mean by
 * {@code damping} pseudo-ratings; with damping 0 an item without training ratings is NaN.
 */
record ItemMeanAlgorithm(double damping) implements Algorithm {

    static final AlgorithmSpec SPEC = new AlgorithmSpec("itemmean", "damped item mean (test)", java.util.Set.of(Task.RATING),
            List.of(ParamSpec.ofDouble("damping", 0, "pseudo-ratings at the global mean")),
            p -> new ItemMeanAlgorithm(p.getDouble("damping")), in -> {
                throw new IOException("not saved in tests");
            });

    @Override
    public String name() {
        return "itemmean";
    }

    @Override
    public Map<String, Object> params() {
        return Map.of("damping", damping);
    }

    @Override
    public Model fit(RatingMatrix train, Progress progress) {
        double global = train.globalMean();
        float[] means = new float[train.itemCount()];
        int[] ptr = train.itemPointers();
        float[] values = train.itemValues();
        for (int i = 0; i < means.length; i++) {
            double sum = damping * global;
            for (int k = ptr[i]; k < ptr[i + 1]; k++) {
                sum += values[k];
            }
            double n = ptr[i + 1] - ptr[i] + damping;
            means[i] = n == 0 ? Float.NaN : (float) (sum / n);
        }
        return new Model() {
            @Override
            public int itemCount() {
                return means.length;
            }

            @Override
            public double predict(Profile user, int item) {
                return means[item];
            }

            @Override
            public void score(Profile user, int[] items, float[] out) {
                for (int j = 0; j < items.length; j++) {
                    out[j] = means[items[j]];
                }
            }

            @Override
            public Explanation explain(Profile user, int item) {
                return Explanation.none("item-mean");
            }

            @Override
            public void write(DataOutput out) throws IOException {
                throw new IOException("not saved in tests");
            }
        };
    }
}
