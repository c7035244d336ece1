package org.movierec.core.algo.implicit;

import java.io.DataInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Task;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.BinaryArrays;
import org.movierec.core.util.Progress;

/**
 * Bayesian Personalized Ranking (Rendle, Freudenthaler, Gantner and Schmidt-Thieme 2009): matrix
 * factorisation with item biases, x_ui = b_i + p_u·q_i, trained by SGD on ln σ(x_ui − x_uj) for
 * interactions (u, i) drawn uniformly and negatives j drawn uniformly among the user's
 * non-interacted items. One epoch draws as many triples as there are interactions. Sequential SGD
 * with one seeded generator, so a seed gives the same model on any machine.
 */
public record BprAlgorithm(ImplicitSignal signal, int factors, int iterations, double learningRate, double regularization,
        long seed) implements Algorithm {
    public static final String NAME = "bpr";

    public BprAlgorithm {
        if (factors < 1 || iterations < 0) {
            throw new IllegalArgumentException("bpr needs factors >= 1 and iterations >= 0");
        }
        if (!(learningRate > 0) || !(regularization >= 0)) {
            throw new IllegalArgumentException("bpr needs learning-rate > 0 and regularization >= 0");
        }
    }

    /** The registry entry. */
    public static AlgorithmSpec spec() {
        List<ParamSpec> params = new ArrayList<>(ImplicitSignal.thresholdParam());
        params.add(ParamSpec.ofInt("factors", 128, "number of latent factors"));
        params.add(ParamSpec.ofInt("iterations", 600, "epochs (each draws one triple per interaction)"));
        params.add(ParamSpec.ofDouble("learning-rate", 0.01, "SGD step size"));
        params.add(ParamSpec.ofDouble("regularization", 0.02, "L2 weight on factors and biases"));
        params.add(ParamSpec.ofInt("seed", 42, "random seed of initial factors and sampling"));
        return new AlgorithmSpec(NAME, "Bayesian Personalized Ranking (Rendle et al. 2009), SGD with sampled negatives",
                Set.of(Task.RANKING), params,
                p -> new BprAlgorithm(ImplicitSignal.binary(p), p.getInt("factors"), p.getInt("iterations"),
                        p.getDouble("learning-rate"), p.getDouble("regularization"), p.getInt("seed")),
                BprAlgorithm::read);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        signal.putThreshold(p);
        p.put("factors", factors);
        p.put("iterations", iterations);
        p.put("learning-rate", learningRate);
        p.put("regularization", regularization);
        p.put("seed", seed);
        return p;
    }

    @Override
    public BprModel fit(RatingMatrix train, Progress progress) {
        Interactions x = signal.apply(train);
        int f = factors;
        int nItems = x.itemCount();
        SplittableRandom random = new SplittableRandom(seed);
        float[] users = new float[x.userCount() * f];
        float[] items = new float[nItems * f];
        for (int k = 0; k < users.length; k++) {
            users[k] = (float) (random.nextGaussian() * 0.1);
        }
        for (int k = 0; k < items.length; k++) {
            items[k] = (float) (random.nextGaussian() * 0.1);
        }
        float[] bias = new float[nItems];
        int[] ptr = x.userPointers();
        int[] userItems = x.userItems();
        int[] owner = new int[x.size()];
        for (int u = 0; u < x.userCount(); u++) {
            Arrays.fill(owner, ptr[u], ptr[u + 1], u);
        }
        float lr = (float) learningRate;
        float reg = (float) regularization;
        progress.start("bpr", iterations);
        for (int epoch = 0; epoch < iterations && x.size() > 0; epoch++) {
            for (int s = 0; s < owner.length; s++) {
                int p = random.nextInt(owner.length);
                int u = owner[p];
                if (ptr[u + 1] - ptr[u] >= nItems) {
                    continue;
                }
                int j;
                do {
                    j = random.nextInt(nItems);
                } while (Arrays.binarySearch(userItems, ptr[u], ptr[u + 1], j) >= 0);
                step(users, u * f, items, bias, userItems[p], j, f, lr, reg, true);
            }
            progress.step(1);
        }
        progress.done();
        return new BprModel(signal, f, learningRate, regularization, seed, users, items, bias);
    }

    /**
     * One SGD step on the triple (user row at uo, positive i, negative j); item parameters are
     * updated only when updateItems (fold-in keeps them fixed).
     */
    static void step(float[] users, int uo, float[] items, float[] bias, int i, int j, int f, float lr, float reg,
            boolean updateItems) {
        int io = i * f;
        int jo = j * f;
        float diff = bias[i] - bias[j];
        for (int s = 0; s < f; s++) {
            diff += users[uo + s] * (items[io + s] - items[jo + s]);
        }
        float g = (float) (1 / (1 + Math.exp(diff)));
        for (int s = 0; s < f; s++) {
            float us = users[uo + s];
            float is = items[io + s];
            float js = items[jo + s];
            users[uo + s] += lr * (g * (is - js) - reg * us);
            if (updateItems) {
                items[io + s] += lr * (g * us - reg * is);
                items[jo + s] += lr * (-g * us - reg * js);
            }
        }
        if (updateItems) {
            bias[i] += lr * (g - reg * bias[i]);
            bias[j] += lr * (-g - reg * bias[j]);
        }
    }

    static BprModel read(DataInput in) throws IOException {
        ImplicitSignal signal = ImplicitSignal.read(in);
        int f = in.readInt();
        double learningRate = in.readDouble();
        double regularization = in.readDouble();
        long seed = in.readLong();
        float[] users = BinaryArrays.readFloats(in);
        float[] items = BinaryArrays.readFloats(in);
        float[] bias = BinaryArrays.readFloats(in);
        if (f < 1 || users.length % f != 0 || items.length != bias.length * f) {
            throw new IOException("corrupt bpr factors");
        }
        return new BprModel(signal, f, learningRate, regularization, seed, users, items, bias);
    }
}
