package org.movierec.core.algo.mf;

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
 * Alternating least squares with weighted-lambda regularisation for explicit ratings (ALS-WR, Zhou,
 * Wilkinson, Schreiber and Pan, AAIM 2008): r(u, i) = mu + b_u + b_i + p_u . q_i, optionally
 * without the biases. Each iteration solves every user's (b_u, p_u) exactly against the fixed item
 * side, then every item's (b_i, q_i) against the new user side; the penalty of a row with n ratings
 * is n (biasReg b^2 + reg |p|^2). The normal equations are solved by Cholesky, users (then items)
 * in parallel; each solve is independent, so the result does not depend on thread timing.
 *
 * @param factors number of latent factors k
 * @param iterations number of (user, item) alternations
 * @param reg weighted-lambda regularisation of the factors
 * @param biasReg weighted-lambda regularisation of the biases
 * @param biased whether to learn user and item biases (without them the model is mu + p_u . q_i,
 *     mu the global mean)
 * @param initStd standard deviation of the normal initial item factors
 * @param seed random seed of the initial item factors
 */
public record AlsAlgorithm(int factors, int iterations, double reg, double biasReg, boolean biased, double initStd,
        long seed) implements Algorithm {
    public static final String NAME = "als";
    private static final int CHUNK = 64;

    public AlsAlgorithm {
        Checks.positive(NAME, "factors", factors);
        Checks.positive(NAME, "iterations", iterations);
        Checks.positive(NAME, "reg", reg);
        Checks.positive(NAME, "biasReg", biasReg);
        Checks.nonNegative(NAME, "initStd", initStd);
    }

    /** The registry entry. */
    public static AlgorithmSpec spec() {
        return new AlgorithmSpec(NAME, "alternating least squares for explicit ratings (ALS-WR)", Set.of(Task.RATING),
                List.of(ParamSpec.ofInt("factors", 50, "number of latent factors"),
                        ParamSpec.ofInt("iterations", 10, "number of user/item alternations"),
                        ParamSpec.ofDouble("reg", 0.1, "weighted-lambda regularisation of the factors"),
                        ParamSpec.ofDouble("biasReg", 0.1, "weighted-lambda regularisation of the biases"),
                        ParamSpec.ofBoolean("biased", true, "learn user and item biases"),
                        ParamSpec.ofDouble("initStd", 0.1, "standard deviation of the initial item factors"),
                        ParamSpec.ofInt("seed", 42, "random seed")),
                AlsAlgorithm::of, FactorModel::read);
    }

    static AlsAlgorithm of(Params p) {
        return new AlsAlgorithm(p.getInt("factors"), p.getInt("iterations"), p.getDouble("reg"),
                p.getDouble("biasReg"), p.getBoolean("biased"), p.getDouble("initStd"), p.getInt("seed"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("factors", factors);
        m.put("iterations", iterations);
        m.put("reg", reg);
        m.put("biasReg", biasReg);
        m.put("biased", biased);
        m.put("initStd", initStd);
        m.put("seed", seed);
        return m;
    }

    @Override
    public FactorModel fit(RatingMatrix train, Progress progress) {
        int k = factors;
        float mu = Checks.mean(train);
        float[] userFactors = new float[train.userCount() * k];
        float[] itemFactors = Checks.gaussian(train.itemCount() * k, initStd, new SplittableRandom(seed));
        float[] userBias = new float[train.userCount()];
        float[] itemBias = new float[train.itemCount()];
        progress.start(NAME, iterations);
        for (int it = 0; it < iterations; it++) {
            solveSide(train.userPointers(), train.userItems(), train.userValues(), mu, itemBias, itemFactors,
                    userBias, userFactors);
            solveSide(train.itemPointers(), train.itemUsers(), train.itemValues(), mu, userBias, userFactors,
                    itemBias, itemFactors);
            progress.step(1);
        }
        progress.done();
        return new FactorModel(k, mu, biased, false, userBias, itemBias, userFactors, itemFactors, null, (float) reg,
                (float) biasReg, train.scale());
    }

    /** Solves every row's bias and factors against the fixed other side (ptr/other/values: the rows' ratings). */
    private void solveSide(int[] ptr, int[] other, float[] values, float mu, float[] fixedBias, float[] fixedFactors,
            float[] bias, float[] out) {
        int rows = ptr.length - 1;
        int k = factors;
        IntStream.range(0, (rows + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            NormalEquations ne = new NormalEquations(k, biased);
            NormalEquations.Penalty penalty = new NormalEquations.Penalty(biasReg, reg, 0, 0);
            float[] solution = new float[ne.dimension()];
            int o = biased ? 1 : 0;
            for (int row = chunk * CHUNK; row < Math.min(rows, (chunk + 1) * CHUNK); row++) {
                ne.reset();
                for (int p = ptr[row]; p < ptr[row + 1]; p++) {
                    int j = other[p];
                    ne.add(fixedFactors, j * k, values[p] - mu - fixedBias[j]);
                }
                ne.solve(penalty, false, solution, 0);
                if (biased) {
                    bias[row] = solution[0];
                }
                System.arraycopy(solution, o, out, row * k, k);
            }
        });
    }
}
