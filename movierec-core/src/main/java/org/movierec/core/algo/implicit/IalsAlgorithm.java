package org.movierec.core.algo.implicit;

import java.io.DataInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Task;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.BinaryArrays;
import org.movierec.core.util.Progress;

/**
 * Implicit ALS (Hu, Koren and Volinsky 2008): every user-item pair has preference 1 (interaction)
 * or 0, weighted by confidence c = 1 + alpha·s ({@code scaling=linear}) or 1 + alpha·ln(1 + s)
 * ({@code scaling=log}) for interaction strength s, 1 elsewhere. Alternates between user and item
 * factors; each row is updated by {@code cg-steps} conjugate-gradient steps from its previous value
 * (Takács, Pilászy and Tikk 2011), in parallel over rows. Deterministic for a seed: each row's
 * update reads only the other side's factors. The L2 weight of a row with n interactions is
 * λ·(n / n̄)^ν, n̄ the mean over its side (frequency-scaled regularisation, as in Rendle et al.,
 * "Revisiting the performance of iALS on item recommendation benchmarks", RecSys 2022; ν = 0 is
 * Hu et al.'s uniform λ).
 *
 * @param regularization L2 weight λ on the factors of a row with the mean number of interactions
 * @param regularizationExponent ν: how the L2 weight grows with a row's interactions
 */
public record IalsAlgorithm(ImplicitSignal signal, int factors, int iterations, double regularization,
        double regularizationExponent, double alpha, Scaling scaling, int cgSteps, long seed) implements Algorithm {
    public static final String NAME = "ials";

    /** How interaction strength becomes confidence. */
    public enum Scaling {
        LINEAR, LOG
    }

    public IalsAlgorithm {
        if (factors < 1 || iterations < 0 || cgSteps < 1) {
            throw new IllegalArgumentException("ials needs factors >= 1, iterations >= 0 and cg-steps >= 1");
        }
        if (!(regularization > 0) || !(alpha >= 0)) {
            throw new IllegalArgumentException("ials needs regularization > 0 and alpha >= 0");
        }
        if (!(regularizationExponent >= 0 && regularizationExponent <= 2)) {
            throw new IllegalArgumentException("regularization-exponent of ials must be in [0, 2], was " + regularizationExponent);
        }
    }

    /** The registry entry. */
    public static AlgorithmSpec spec() {
        List<ParamSpec> params = new ArrayList<>(ImplicitSignal.params(ImplicitSignal.Weight.RATING));
        params.add(ParamSpec.ofInt("factors", 64, "number of latent factors"));
        params.add(ParamSpec.ofInt("iterations", 15, "alternating passes over users and items"));
        params.add(ParamSpec.ofDouble("regularization", 40, "L2 weight on the factors of a user or item with the mean number of interactions"));
        params.add(ParamSpec.ofDouble("regularization-exponent", 0.5,
                "a row with n interactions gets regularization * (n / mean n)^exponent (0: the same for every row)"));
        params.add(ParamSpec.ofDouble("alpha", 4, "confidence slope: c = 1 + alpha * strength (linear) or 1 + alpha * ln(1 + strength) (log)"));
        params.add(ParamSpec.ofChoice("scaling", "log", "confidence from strength: linear, or logarithmic", "linear", "log"));
        params.add(ParamSpec.ofInt("cg-steps", 3, "conjugate-gradient steps per row and pass"));
        params.add(ParamSpec.ofInt("seed", 42, "random seed of the initial factors"));
        return new AlgorithmSpec(NAME, "implicit-feedback ALS (Hu, Koren, Volinsky 2008) with a conjugate-gradient solver",
                Set.of(Task.RANKING), params,
                p -> new IalsAlgorithm(ImplicitSignal.from(p), p.getInt("factors"), p.getInt("iterations"),
                        p.getDouble("regularization"), p.getDouble("regularization-exponent"), p.getDouble("alpha"),
                        Scaling.valueOf(p.getString("scaling").toUpperCase(Locale.ROOT)), p.getInt("cg-steps"), p.getInt("seed")),
                IalsAlgorithm::read);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        signal.putParams(p);
        p.put("factors", factors);
        p.put("iterations", iterations);
        p.put("regularization", regularization);
        p.put("regularization-exponent", regularizationExponent);
        p.put("alpha", alpha);
        p.put("scaling", scaling.name().toLowerCase(Locale.ROOT));
        p.put("cg-steps", cgSteps);
        p.put("seed", seed);
        return p;
    }

    /** The confidence of an interaction of the strength. */
    static float confidence(float strength, double alpha, Scaling scaling) {
        return (float) (1 + alpha * (scaling == Scaling.LINEAR ? strength : Math.log1p(strength)));
    }

    @Override
    public IalsModel fit(RatingMatrix train, Progress progress) {
        Interactions x = signal.apply(train);
        int f = factors;
        float[] userConf = confidences(x.userValues());
        float[] itemConf = confidences(x.itemValues());
        float[] users = random(x.userCount() * f, new SplittableRandom(seed));
        float[] items = random(x.itemCount() * f, new SplittableRandom(seed + 1));
        progress.start("ials", iterations);
        for (int it = 0; it < iterations; it++) {
            update(users, items, x.userPointers(), x.userItems(), userConf);
            update(items, users, x.itemPointers(), x.itemUsers(), itemConf);
            progress.step(1);
        }
        progress.done();
        return new IalsModel(signal, f, new Penalty(regularization, regularizationExponent, meanCount(x.userPointers())),
                alpha, scaling, users, items);
    }

    private float[] confidences(float[] strengths) {
        float[] c = new float[strengths.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = confidence(strengths[k], alpha, scaling);
        }
        return c;
    }

    private float[] random(int n, SplittableRandom random) {
        float[] a = new float[n];
        double scale = 0.01;
        for (int k = 0; k < n; k++) {
            a[k] = (float) (random.nextGaussian() * scale);
        }
        return a;
    }

    /** One pass of CG updates of every row of target against the fixed other side. */
    private void update(float[] target, float[] fixed, int[] ptr, int[] idx, float[] conf) {
        int f = factors;
        float[][] gram = FactorSolver.toFloat(FactorSolver.gram(fixed, f));
        Penalty penalty = new Penalty(regularization, regularizationExponent, meanCount(ptr));
        int rows = ptr.length - 1;
        int chunk = 64;
        ThreadLocal<FactorSolver> solvers = ThreadLocal.withInitial(() -> new FactorSolver(f));
        IntStream.range(0, (rows + chunk - 1) / chunk).parallel().forEach(c -> {
            FactorSolver solver = solvers.get();
            for (int row = c * chunk; row < Math.min(rows, (c + 1) * chunk); row++) {
                solver.conjugateGradient(gram, penalty.of(ptr[row + 1] - ptr[row]), fixed, idx, conf, ptr[row], ptr[row + 1], cgSteps,
                        target, row * f);
            }
        });
    }

    /** The mean number of interactions per row of a CSR/CSC pointer array (at least 1). */
    private static double meanCount(int[] ptr) {
        int rows = ptr.length - 1;
        return rows == 0 ? 1 : Math.max(1, (double) ptr[rows] / rows);
    }

    /**
     * The L2 weight of a row: λ·(n / mean)^exponent for n interactions (n counted as at least 1).
     *
     * @param lambda the weight of a row with the mean number of interactions
     * @param exponent ν
     * @param mean the mean number of interactions per row
     */
    record Penalty(double lambda, double exponent, double mean) {
        float of(int interactions) {
            return (float) (exponent == 0 ? lambda : lambda * Math.pow(Math.max(1, interactions) / mean, exponent));
        }
    }

    static IalsModel read(DataInput in) throws IOException {
        ImplicitSignal signal = ImplicitSignal.read(in);
        int f = in.readInt();
        Penalty penalty = new Penalty(in.readDouble(), in.readDouble(), in.readDouble());
        double alpha = in.readDouble();
        int s = in.readByte();
        if (f < 1 || s < 0 || s >= Scaling.values().length || !(penalty.lambda() > 0) || !(penalty.mean() >= 1)) {
            throw new IOException("corrupt ials model header");
        }
        float[] users = BinaryArrays.readFloats(in);
        float[] items = BinaryArrays.readFloats(in);
        if (users.length % f != 0 || items.length % f != 0) {
            throw new IOException("corrupt ials factors");
        }
        return new IalsModel(signal, f, penalty, alpha, Scaling.values()[s], users, items);
    }
}
