package org.movierec.core.algo.mf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Params;
import org.movierec.core.algo.Task;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * Biased matrix factorisation trained by stochastic gradient descent (Funk 2006; Koren, Bell and
 * Volinsky 2009), the "SVD" of the Netflix prize: r(u, i) = mu + b_u + b_i + p_u . q_i. Each epoch
 * visits every training rating once, user by user (users in shuffled order, each user's ratings
 * shuffled), and moves the four parameters against the error's gradient with per-rating L2
 * regularisation; the learning rate is multiplied by {@code decay} after every epoch. Epochs run as stratified SGD on both cores (see {@link Strata}),
 * so a seed gives the same model whatever the thread timing.
 *
 * @param factors number of latent factors k
 * @param epochs passes over the training ratings
 * @param lr learning rate of factors and biases
 * @param reg L2 regularisation of the factors, per rating
 * @param biasReg L2 regularisation of the biases, per rating
 * @param initStd standard deviation of the normal initial factors
 * @param decay factor applied to the learning rate after each epoch
 * @param seed random seed of initialisation and shuffling
 */
public record SvdAlgorithm(int factors, int epochs, double lr, double reg, double biasReg, double initStd,
        double decay, long seed) implements Algorithm {
    public static final String NAME = "svd";

    public SvdAlgorithm {
        Checks.positive(NAME, "factors", factors);
        Checks.positive(NAME, "epochs", epochs);
        Checks.positive(NAME, "lr", lr);
        Checks.nonNegative(NAME, "reg", reg);
        Checks.nonNegative(NAME, "bias-reg", biasReg);
        Checks.nonNegative(NAME, "init-std", initStd);
        Checks.unitInterval(NAME, "decay", decay);
    }

    /** The registry entry. */
    public static AlgorithmSpec spec() {
        return new AlgorithmSpec(NAME, "biased matrix factorisation by SGD (Funk/Koren \"SVD\")", Set.of(Task.RATING),
                List.of(ParamSpec.ofInt("factors", 50, "number of latent factors"),
                        ParamSpec.ofInt("epochs", 25, "passes over the training ratings"),
                        ParamSpec.ofDouble("lr", 0.03, "learning rate"),
                        ParamSpec.ofDouble("reg", 0.08, "L2 regularisation of the factors, per rating"),
                        ParamSpec.ofDouble("bias-reg", 0.02, "L2 regularisation of the biases, per rating"),
                        ParamSpec.ofDouble("init-std", 0.05, "standard deviation of the initial factors"),
                        ParamSpec.ofDouble("decay", 0.92, "learning rate multiplier after each epoch"),
                        ParamSpec.ofInt("seed", 42, "random seed")),
                SvdAlgorithm::of, FactorModel::read);
    }

    static SvdAlgorithm of(Params p) {
        return new SvdAlgorithm(p.getInt("factors"), p.getInt("epochs"), p.getDouble("lr"), p.getDouble("reg"),
                p.getDouble("bias-reg"), p.getDouble("init-std"), p.getDouble("decay"), p.getInt("seed"));
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
        m.put("lr", lr);
        m.put("reg", reg);
        m.put("bias-reg", biasReg);
        m.put("init-std", initStd);
        m.put("decay", decay);
        m.put("seed", seed);
        return m;
    }

    @Override
    public FactorModel fit(RatingMatrix train, Progress progress) {
        int k = factors;
        float mu = Checks.mean(train);
        SplittableRandom random = new SplittableRandom(seed);
        float[] userFactors = Checks.gaussian(train.userCount() * k, initStd, random);
        float[] itemFactors = Checks.gaussian(train.itemCount() * k, initStd, random);
        float[] userBias = new float[train.userCount()];
        float[] itemBias = new float[train.itemCount()];
        RatingBlocks blocks = new RatingBlocks(train, Strata.of(train, seed));
        progress.start("svd", epochs);
        for (int epoch = 0; epoch < epochs; epoch++) {
            float rate = (float) (lr * Math.pow(decay, epoch));
            int e = epoch;
            for (int t = 0; t < Strata.COUNT; t++) {
                int sub = t;
                Strata.parallelBlocks(s -> {
                    int b = RatingBlocks.block(s, Strata.itemStratumOf(s, sub));
                    blocks.shuffle(b, new SplittableRandom(Strata.seedOf(seed, e, sub, s)));
                    sgd(blocks, b, mu, userBias, itemBias, userFactors, itemFactors, k, rate, (float) reg,
                            (float) biasReg);
                });
            }
            progress.step(1);
        }
        progress.done();
        return new FactorModel(k, mu, true, false, userBias, itemBias, userFactors, itemFactors, null, (float) reg,
                (float) biasReg, train.scale());
    }

    private static void sgd(RatingBlocks blocks, int b, float mu, float[] userBias, float[] itemBias,
            float[] userFactors, float[] itemFactors, int k, float lr, float reg, float biasReg) {
        float decay = 1 - lr * reg;
        float biasDecay = 1 - lr * biasReg;
        float[] p = new float[k];
        float[] q = new float[k];
        int[] starts = blocks.starts[b];
        int[] users = blocks.users[b];
        int[] items = blocks.items[b];
        float[] values = blocks.values[b];
        for (int g : blocks.order[b]) {
            int from = starts[g];
            int to = starts[g + 1];
            int u = users[from];
            int po = u * k;
            System.arraycopy(userFactors, po, p, 0, k);
            float bu = userBias[u];
            for (int n = from; n < to; n++) {
                int i = items[n];
                int qo = i * k;
                System.arraycopy(itemFactors, qo, q, 0, k);
                float err = values[n] - (mu + bu + itemBias[i] + Dense.dot(p, q, k));
                bu = biasDecay * bu + lr * err;
                itemBias[i] = biasDecay * itemBias[i] + lr * err;
                Dense.sgdStep(p, q, k, lr * err, decay);
                System.arraycopy(q, 0, itemFactors, qo, k);
            }
            userBias[u] = bu;
            System.arraycopy(p, 0, userFactors, po, k);
        }
    }
}
