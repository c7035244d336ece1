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
 * SVD++ (Koren, KDD 2008): biased matrix factorisation plus the implicit feedback of which items a
 * user rated, r(u, i) = mu + b_u + b_i + q_i . (p_u + |N(u)|^-1/2 sum_{j in N(u)} y_j), trained by
 * SGD with per-rating L2 regularisation and a learning rate multiplied by {@code decay} after each
 * epoch.
 *
 * <p>Ratings are visited user by user (users and each user's ratings in shuffled order). The
 * implicit sum is computed once per user pass and the gradient of the y_j is accumulated over the
 * pass and applied once at its end, with the regularisation of the pass's m ratings as a factor
 * (1 - lr reg)^m: this makes an epoch cost O(|R| k) instead of Surprise's O(|R| |N(u)| k). Epochs
 * run as stratified SGD on both cores ({@link Strata}); a user pass in block (U_a, I_s) updates
 * only the y_j of items in I_s, reads the implicit sum of the other strata from a snapshot taken
 * when the sub-epoch starts, and keeps the y gradient for the other strata until the user's pass
 * over them, so every gradient is applied once and the result does not depend on thread timing.
 *
 * @param factors number of latent factors k
 * @param epochs passes over the training ratings
 * @param lr learning rate
 * @param reg L2 regularisation of p, q and y, per rating
 * @param biasReg L2 regularisation of the biases, per rating
 * @param initStd standard deviation of the normal initial factors (y starts at zero)
 * @param decay factor applied to the learning rate after each epoch
 * @param seed random seed of initialisation and shuffling
 */
public record SvdppAlgorithm(int factors, int epochs, double lr, double reg, double biasReg, double initStd,
        double decay, long seed) implements Algorithm {
    public static final String NAME = "svdpp";

    public SvdppAlgorithm {
        Checks.positive(NAME, "factors", factors);
        Checks.positive(NAME, "epochs", epochs);
        Checks.positive(NAME, "lr", lr);
        Checks.nonNegative(NAME, "reg", reg);
        Checks.nonNegative(NAME, "biasReg", biasReg);
        Checks.nonNegative(NAME, "initStd", initStd);
        Checks.unitInterval(NAME, "decay", decay);
    }

    /** The registry entry. */
    public static AlgorithmSpec spec() {
        return new AlgorithmSpec(NAME, "SVD++: biased matrix factorisation with implicit feedback (Koren 2008)",
                Set.of(Task.RATING),
                List.of(ParamSpec.ofInt("factors", 100, "number of latent factors"),
                        ParamSpec.ofInt("epochs", 40, "passes over the training ratings"),
                        ParamSpec.ofDouble("lr", 0.007, "learning rate"),
                        ParamSpec.ofDouble("reg", 0.05, "L2 regularisation of the factors, per rating"),
                        ParamSpec.ofDouble("biasReg", 0.02, "L2 regularisation of the biases, per rating"),
                        ParamSpec.ofDouble("initStd", 0.05, "standard deviation of the initial factors"),
                        ParamSpec.ofDouble("decay", 0.98, "learning rate multiplier after each epoch"),
                        ParamSpec.ofInt("seed", 42, "random seed")),
                SvdppAlgorithm::of, FactorModel::read);
    }

    static SvdppAlgorithm of(Params p) {
        return new SvdppAlgorithm(p.getInt("factors"), p.getInt("epochs"), p.getDouble("lr"), p.getDouble("reg"),
                p.getDouble("biasReg"), p.getDouble("initStd"), p.getDouble("decay"), p.getInt("seed"));
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
        m.put("biasReg", biasReg);
        m.put("initStd", initStd);
        m.put("decay", decay);
        m.put("seed", seed);
        return m;
    }

    @Override
    public FactorModel fit(RatingMatrix train, Progress progress) {
        return new Trainer(train).run(progress);
    }

    /** The mutable state of one fit. */
    private final class Trainer {
        private static final int S = Strata.COUNT;
        private final RatingMatrix train;
        private final int k = factors;
        private final int users;
        private final float mu;
        private final Strata strata;
        private final float[] userFactors;
        private final float[] itemFactors;
        private final float[] implicitFactors;
        private final float[] userBias;
        private final float[] itemBias;
        /** Each user's rated items grouped by item stratum: group s of u at groupPtr[u*S+s].. */
        private final int[] groupPtr;
        private final int[] groupItems;
        private final float[] groupValues;
        /** Snapshot of sum_{j in N(u), other strata} y_j for the current sub-epoch. */
        private final float[] snapshot;
        /** y gradient (and its rating count) kept for each user and item stratum. */
        private final float[] pending;
        private final int[] pendingCount;
        /** Users of each user stratum, in the order of the current sub-epoch. */
        private final int[][] order = new int[S][];

        Trainer(RatingMatrix train) {
            this.train = train;
            users = train.userCount();
            mu = Checks.mean(train);
            strata = Strata.of(train, seed);
            SplittableRandom random = new SplittableRandom(seed);
            userFactors = Checks.gaussian(users * k, initStd, random);
            itemFactors = Checks.gaussian(train.itemCount() * k, initStd, random);
            implicitFactors = new float[train.itemCount() * k];
            userBias = new float[users];
            itemBias = new float[train.itemCount()];
            snapshot = new float[users * k];
            pending = new float[users * S * k];
            pendingCount = new int[users * S];
            groupPtr = new int[users * S + 1];
            groupItems = new int[train.size()];
            groupValues = new float[train.size()];
            int[] ptr = train.userPointers();
            int n = 0;
            for (int u = 0; u < users; u++) {
                for (int s = 0; s < S; s++) {
                    groupPtr[u * S + s] = n;
                    for (int p = ptr[u]; p < ptr[u + 1]; p++) {
                        if (strata.itemStratum[train.userItems()[p]] == s) {
                            groupItems[n] = train.userItems()[p];
                            groupValues[n++] = train.userValues()[p];
                        }
                    }
                }
            }
            groupPtr[users * S] = n;
            int[] counts = new int[S];
            for (int u = 0; u < users; u++) {
                counts[strata.userStratum[u]]++;
            }
            for (int s = 0; s < S; s++) {
                order[s] = new int[counts[s]];
                counts[s] = 0;
            }
            for (int u = 0; u < users; u++) {
                int s = strata.userStratum[u];
                order[s][counts[s]++] = u;
            }
        }

        FactorModel run(Progress progress) {
            progress.start(NAME, epochs);
            for (int epoch = 0; epoch < epochs; epoch++) {
                float rate = (float) (lr * Math.pow(decay, epoch));
                for (int t = 0; t < S; t++) {
                    takeSnapshot(t);
                    int e = epoch;
                    int sub = t;
                    Strata.parallelBlocks(s -> block(s, Strata.itemStratumOf(s, sub),
                            new SplittableRandom(Strata.seedOf(seed, e, sub, s)), rate));
                }
                progress.step(1);
            }
            flushPending((float) (lr * Math.pow(decay, epochs - 1)));
            progress.done();
            return new FactorModel(k, mu, true, false, userBias, itemBias, userFactors, itemFactors, implicitFactors,
                    (float) reg, (float) biasReg, train.scale());
        }

        /** snapshot[u] = sum of y_j over u's items outside the item stratum u visits in sub-epoch t. */
        private void takeSnapshot(int t) {
            IntStream.range(0, users).parallel().forEach(u -> {
                int own = Strata.itemStratumOf(strata.userStratum[u], t);
                int so = u * k;
                Arrays.fill(snapshot, so, so + k, 0f);
                for (int s = 0; s < S; s++) {
                    if (s == own) {
                        continue;
                    }
                    for (int n = groupPtr[u * S + s]; n < groupPtr[u * S + s + 1]; n++) {
                        Dense.axpy(1f, implicitFactors, groupItems[n] * k, snapshot, so, k);
                    }
                }
            });
        }

        private void block(int userStratum, int itemStratum, SplittableRandom random, float lr) {
            float[] p = new float[k];
            float[] q = new float[k];
            float[] z = new float[k];
            float[] pz = new float[k];
            float[] g = new float[k];
            float decay = 1 - lr * (float) reg;
            float biasDecay = 1 - lr * (float) biasReg;
            int[] users = order[userStratum];
            Strata.shuffle(users, 0, users.length, random);
            for (int u : users) {
                int group = u * S + itemStratum;
                int from = groupPtr[group];
                int to = groupPtr[group + 1];
                if (from == to) {
                    continue;
                }
                shuffleGroup(from, to, random);
                int size = groupPtr[u * S + S] - groupPtr[u * S];
                float norm = (float) (1 / Math.sqrt(size));
                System.arraycopy(snapshot, u * k, z, 0, k);
                for (int n = from; n < to; n++) {
                    Dense.axpy(1f, implicitFactors, groupItems[n] * k, z, 0, k);
                }
                System.arraycopy(userFactors, u * k, p, 0, k);
                for (int f = 0; f < k; f++) {
                    z[f] *= norm;
                    pz[f] = p[f] + z[f];
                    g[f] = 0;
                }
                float bu = userBias[u];
                for (int n = from; n < to; n++) {
                    int i = groupItems[n];
                    int qo = i * k;
                    System.arraycopy(itemFactors, qo, q, 0, k);
                    float err = groupValues[n] - (mu + bu + itemBias[i] + Dense.dot(q, pz, k));
                    bu = biasDecay * bu + lr * err;
                    itemBias[i] = biasDecay * itemBias[i] + lr * err;
                    float le = lr * err;
                    for (int f = 0; f < k; f++) {
                        float pf = p[f];
                        float qf = q[f];
                        p[f] = decay * pf + le * qf;
                        q[f] = decay * qf + le * pz[f];
                        g[f] += err * qf;
                        pz[f] = p[f] + z[f];
                    }
                    System.arraycopy(q, 0, itemFactors, qo, k);
                }
                userBias[u] = bu;
                System.arraycopy(p, 0, userFactors, u * k, k);
                int m = to - from;
                for (int s = 0; s < S; s++) {
                    if (s != itemStratum) {
                        Dense.axpy(1f, g, 0, pending, (u * S + s) * k, k);
                        pendingCount[u * S + s] += m;
                    }
                }
                applyPending(u, itemStratum, g, m, norm, lr);
            }
        }

        /** y_j += lr norm (g + pending) with the regularisation of the ratings behind it, for j in group s of u. */
        private void applyPending(int u, int s, float[] g, int m, float norm, float lr) {
            int po = (u * S + s) * k;
            for (int f = 0; f < k; f++) {
                g[f] = lr * norm * (g[f] + pending[po + f]);
                pending[po + f] = 0;
            }
            int count = m + pendingCount[u * S + s];
            pendingCount[u * S + s] = 0;
            float shrink = (float) Math.pow(1 - lr * reg, count);
            for (int n = groupPtr[u * S + s]; n < groupPtr[u * S + s + 1]; n++) {
                int yo = groupItems[n] * k;
                for (int f = 0; f < k; f++) {
                    implicitFactors[yo + f] = shrink * implicitFactors[yo + f] + g[f];
                }
            }
        }

        private void flushPending(float lr) {
            float[] g = new float[k];
            for (int u = 0; u < users; u++) {
                int size = groupPtr[u * S + S] - groupPtr[u * S];
                for (int s = 0; s < S; s++) {
                    if (pendingCount[u * S + s] > 0) {
                        Arrays.fill(g, 0f);
                        applyPending(u, s, g, 0, (float) (1 / Math.sqrt(size)), lr);
                    }
                }
            }
        }

        private void shuffleGroup(int from, int to, SplittableRandom random) {
            for (int j = to - 1; j > from; j--) {
                int r = from + random.nextInt(j - from + 1);
                int ti = groupItems[j];
                groupItems[j] = groupItems[r];
                groupItems[r] = ti;
                float tv = groupValues[j];
                groupValues[j] = groupValues[r];
                groupValues[r] = tv;
            }
        }
    }
}
