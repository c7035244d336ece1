package org.movierec.core.algo.mf;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Params;
import org.movierec.core.algo.Task;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * Non-negative matrix factorisation by regularised multiplicative updates (Luo, Xia, Zhu and Zhu,
 * IEEE TII 2014), as Surprise's NMF: r(u, i) = p_u . q_i with p, q >= 0, or with {@code biased}
 * mu + b_u + b_i + p_u . q_i. An epoch updates every user row and then every item row:
 * p_uf <- p_uf * sum_i q_if r_ui / (sum_i q_if r^_ui + n_u reg p_uf), and alike for items (Surprise
 * updates both sides from the same estimates; here the item update sees the new user factors).
 * Biases, when learned, take one SGD step per rating during their side's update. Rows are updated
 * in parallel, each independently, so the result does not depend on thread timing.
 *
 * @param factors number of latent factors k
 * @param epochs number of (user, item) update rounds
 * @param reg regularisation of the factors, per rating
 * @param biased whether to learn mu and user and item biases
 * @param biasLr learning rate of the biases
 * @param biasReg L2 regularisation of the biases, per rating
 * @param initHigh initial factors are uniform in [0, initHigh)
 * @param seed random seed of the initial factors
 */
public record NmfAlgorithm(int factors, int epochs, double reg, boolean biased, double biasLr, double biasReg,
        double initHigh, long seed) implements Algorithm {
    public static final String NAME = "nmf";
    private static final int CHUNK = 64;

    public NmfAlgorithm {
        Checks.positive(NAME, "factors", factors);
        Checks.positive(NAME, "epochs", epochs);
        Checks.nonNegative(NAME, "reg", reg);
        Checks.nonNegative(NAME, "biasLr", biasLr);
        Checks.nonNegative(NAME, "biasReg", biasReg);
        Checks.positive(NAME, "initHigh", initHigh);
    }

    /** The registry entry. */
    public static AlgorithmSpec spec() {
        return new AlgorithmSpec(NAME, "non-negative matrix factorisation by multiplicative updates (Luo et al. 2014)",
                Set.of(Task.RATING),
                List.of(ParamSpec.ofInt("factors", 15, "number of latent factors"),
                        ParamSpec.ofInt("epochs", 50, "number of update rounds"),
                        ParamSpec.ofDouble("reg", 0.1, "regularisation of the factors, per rating"),
                        ParamSpec.ofBoolean("biased", true, "learn mu and user and item biases"),
                        ParamSpec.ofDouble("biasLr", 0.005, "learning rate of the biases"),
                        ParamSpec.ofDouble("biasReg", 0.02, "L2 regularisation of the biases, per rating"),
                        ParamSpec.ofDouble("initHigh", 1.0, "initial factors are uniform in [0, initHigh)"),
                        ParamSpec.ofInt("seed", 42, "random seed")),
                NmfAlgorithm::of, FactorModel::read);
    }

    static NmfAlgorithm of(Params p) {
        return new NmfAlgorithm(p.getInt("factors"), p.getInt("epochs"), p.getDouble("reg"), p.getBoolean("biased"),
                p.getDouble("biasLr"), p.getDouble("biasReg"), p.getDouble("initHigh"), p.getInt("seed"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("factors", factors);
        m.put("epochs", epochs);
        m.put("reg", reg);
        m.put("biased", biased);
        m.put("biasLr", biasLr);
        m.put("biasReg", biasReg);
        m.put("initHigh", initHigh);
        m.put("seed", seed);
        return m;
    }

    @Override
    public FactorModel fit(RatingMatrix train, Progress progress) {
        int k = factors;
        float mu = biased ? Checks.mean(train) : 0f;
        SplittableRandom random = new SplittableRandom(seed);
        float[] userFactors = Checks.uniform(train.userCount() * k, 0, initHigh, random);
        float[] itemFactors = Checks.uniform(train.itemCount() * k, 0, initHigh, random);
        float[] userBias = new float[train.userCount()];
        float[] itemBias = new float[train.itemCount()];
        progress.start(NAME, epochs);
        for (int epoch = 0; epoch < epochs; epoch++) {
            update(train.userPointers(), train.userItems(), train.userValues(), mu, itemBias, itemFactors, userBias,
                    userFactors);
            update(train.itemPointers(), train.itemUsers(), train.itemValues(), mu, userBias, userFactors, itemBias,
                    itemFactors);
            progress.step(1);
        }
        progress.done();
        return new FactorModel(k, mu, biased, true, userBias, itemBias, userFactors, itemFactors, null, (float) reg,
                (float) biasReg, train.scale());
    }

    /** One multiplicative update of every row's factors (and SGD pass on its bias) against the other side. */
    private void update(int[] ptr, int[] other, float[] values, float mu, float[] otherBias, float[] otherFactors,
            float[] bias, float[] factors) {
        int rows = ptr.length - 1;
        int k = this.factors;
        float lr = (float) biasLr;
        float biasDecay = (float) (1 - biasLr * biasReg);
        IntStream.range(0, (rows + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            float[] row = new float[k];
            float[] q = new float[k];
            float[] num = new float[k];
            float[] den = new float[k];
            for (int r = chunk * CHUNK; r < Math.min(rows, (chunk + 1) * CHUNK); r++) {
                if (ptr[r] == ptr[r + 1]) {
                    continue;
                }
                System.arraycopy(factors, r * k, row, 0, k);
                Arrays.fill(num, 0f);
                Arrays.fill(den, 0f);
                float b = bias[r];
                for (int p = ptr[r]; p < ptr[r + 1]; p++) {
                    int j = other[p];
                    System.arraycopy(otherFactors, j * k, q, 0, k);
                    float est = Dense.dot(row, q, k);
                    if (biased) {
                        est += mu + b + otherBias[j];
                        b = biasDecay * b + lr * (values[p] - est);
                    }
                    float value = values[p];
                    for (int f = 0; f < k; f++) {
                        num[f] += q[f] * value;
                        den[f] += q[f] * est;
                    }
                }
                float n = (float) reg * (ptr[r + 1] - ptr[r]);
                for (int f = 0; f < k; f++) {
                    float d = den[f] + n * row[f];
                    row[f] = d > 0 ? row[f] * num[f] / d : row[f];
                }
                bias[r] = b;
                System.arraycopy(row, 0, factors, r * k, k);
            }
        });
    }
}
