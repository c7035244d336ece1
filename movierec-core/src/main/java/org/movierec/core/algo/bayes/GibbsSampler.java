package org.movierec.core.algo.bayes;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * Gibbs sampler of the Bayesian SVD++ model (optionally "flipped": implicit feedback on both sides)
 *
 * <pre>
 *   r(u,i) ~ N(mu + b_u + b_i + (p_u + |N(u)|^-1/2 Σ_{j∈N(u)} y_j) · (q_i + |M(i)|^-1/2 Σ_{v∈M(i)} z_v), 1/alpha)
 * </pre>
 *
 * where N(u) are the items u rated and M(i) the users who rated i. Every group of parameters
 * (user biases, user factors, implicit item factors, ...) has a Normal prior per dimension whose
 * mean and precision get a Normal-Gamma hyper-prior; the noise precision alpha a Gamma prior.
 * One sweep draws, in order: the hyper-parameters; every user's (b_u, p_u) jointly from its
 * (k+1)-dimensional Gaussian conditional (users in parallel); the same for items; the implicit
 * factors one coordinate at a time (sequentially, with cached residual sums, as libFM's MCMC);
 * alpha. Each row draws from its own stream (phase seed, row index), so results do not depend on
 * thread scheduling.
 */
final class GibbsSampler {
    private static final double PRIOR_SHAPE = 1;
    private static final double PRIOR_RATE = 1;
    private static final double PRIOR_STRENGTH = 1;
    private static final double INIT_STD = 0.1;

    private final BayesianMfAlgorithm config;
    private final int k;
    private final RatingMatrix train;
    private final double mu;
    private final Side users;
    private final Side items;
    private double alpha = 1;

    /** One side (users or items) seen as rows of the rating matrix, with its parameters. */
    private static final class Side {
        final int n;
        final int[] ptr;
        final int[] idx;
        final float[] val;
        final double[] c;
        final double[] bias;
        final double[] f;
        /** Implicit factors of the other side's entities (y_j for the user side), or null. */
        final double[] imp;
        /** |row|^-1/2 Σ imp over the row's entries. */
        final double[] impSum;
        /** f + impSum. */
        final double[] eff;
        /** Prior mean and precision of [bias, f_0..f_{k-1}]. */
        final double[] priorMean;
        final double[] priorPrec;
        final double[] impMean;
        final double[] impPrec;

        Side(int n, int otherN, int k, int[] ptr, int[] idx, float[] val, boolean implicit) {
            this.n = n;
            this.ptr = ptr;
            this.idx = idx;
            this.val = val;
            c = new double[n];
            for (int r = 0; r < n; r++) {
                int size = ptr[r + 1] - ptr[r];
                c[r] = size == 0 ? 0 : 1 / Math.sqrt(size);
            }
            bias = new double[n];
            f = new double[n * k];
            imp = implicit ? new double[otherN * k] : null;
            impSum = new double[n * k];
            eff = new double[n * k];
            priorMean = new double[k + 1];
            priorPrec = new double[k + 1];
            Arrays.fill(priorPrec, 1);
            impMean = new double[k];
            impPrec = new double[k];
            Arrays.fill(impPrec, 1);
        }

        boolean empty(int r) {
            return ptr[r + 1] == ptr[r];
        }
    }

    GibbsSampler(BayesianMfAlgorithm config, RatingMatrix train) {
        this.config = config;
        this.k = config.factors();
        this.train = train;
        double mean = train.globalMean();
        this.mu = Double.isNaN(mean) ? (train.scale().min() + train.scale().max()) / 2 : mean;
        users = new Side(train.userCount(), train.itemCount(), k, train.userPointers(), train.userItems(),
                train.userValues(), config.implicit());
        items = new Side(train.itemCount(), train.userCount(), k, train.itemPointers(), train.itemUsers(),
                train.itemValues(), config.flipped());
    }

    BayesianMfModel run(Progress progress) {
        SplittableRandom master = new SplittableRandom(config.seed());
        init(users, master.nextLong());
        init(items, master.nextLong());
        int samples = config.samples();
        int sweeps = config.burnin() + samples * config.thin();
        BayesianMfModel.Builder out = new BayesianMfModel.Builder(train.scale(), mu, users.n, items.n, k, samples,
                config.implicit());
        progress.start("Gibbs sampling (" + sweeps + " sweeps)", sweeps);
        int stored = 0;
        for (int sweep = 1; sweep <= sweeps; sweep++) {
            SplittableRandom random = new SplittableRandom(master.nextLong());
            sampleHyper(users, items, random);
            sampleHyper(items, users, random);
            sampleRows(users, items, random.nextLong());
            sampleRows(items, users, random.nextLong());
            if (users.imp != null) {
                sampleImplicit(users, items, random);
            }
            if (items.imp != null) {
                sampleImplicit(items, users, random);
            }
            sampleNoise(random);
            if (sweep > config.burnin() && (sweep - config.burnin()) % config.thin() == 0) {
                out.addSample(stored++, users.bias, users.eff, items.bias, items.eff, users.imp, users.priorMean,
                        users.priorPrec, alpha);
            }
            progress.step(1);
        }
        progress.done();
        return out.build();
    }

    private void init(Side s, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < s.n; r++) {
            for (int f = 0; f < k; f++) {
                double v = s.empty(r) ? 0 : INIT_STD * random.nextGaussian();
                s.f[r * k + f] = v;
                s.eff[r * k + f] = v;
            }
        }
    }

    /** Draws (b_r, f_r) of every row of s from its Gaussian conditional given the other side. */
    private void sampleRows(Side s, Side o, long phaseSeed) {
        int d = k + 1;
        ThreadLocal<double[][]> work = ThreadLocal.withInitial(
                () -> new double[][] {new double[d * d], new double[d], new double[d]});
        IntStream.range(0, s.n).parallel().forEach(r -> {
            int from = s.ptr[r];
            int to = s.ptr[r + 1];
            int base = r * k;
            if (from == to) {
                s.bias[r] = s.priorMean[0];
                for (int f = 0; f < k; f++) {
                    s.f[base + f] = s.priorMean[f + 1];
                    s.eff[base + f] = s.priorMean[f + 1] + s.impSum[base + f];
                }
                return;
            }
            double[][] w = work.get();
            double[] a = w[0];
            double[] b = w[1];
            double[] x = w[2];
            Arrays.fill(a, 0);
            for (int j = 0; j < d; j++) {
                a[j * d + j] = s.priorPrec[j];
                b[j] = s.priorPrec[j] * s.priorMean[j];
            }
            x[0] = 1;
            for (int p = from; p < to; p++) {
                int col = s.idx[p];
                int cb = col * k;
                double t = s.val[p] - mu - o.bias[col];
                for (int f = 0; f < k; f++) {
                    double e = o.eff[cb + f];
                    x[f + 1] = e;
                    t -= s.impSum[base + f] * e;
                }
                for (int i = 0; i < d; i++) {
                    double xi = alpha * x[i];
                    b[i] += xi * t;
                    int row = i * d;
                    for (int j = 0; j <= i; j++) {
                        a[row + j] += xi * x[j];
                    }
                }
            }
            Draws.gaussian(a, d, b, Draws.stream(phaseSeed, r));
            s.bias[r] = b[0];
            for (int f = 0; f < k; f++) {
                s.f[base + f] = b[f + 1];
                s.eff[base + f] = b[f + 1] + s.impSum[base + f];
            }
        });
    }

    /**
     * Draws the implicit factors s.imp (one per entity of the other side) one coordinate at a time.
     * For coordinate f, g[r] caches Σ_p eff_other[col_p, f] · residual_p over row r and sq[r] the
     * sum of squares, so each draw costs O(number of rows containing the entity).
     */
    private void sampleImplicit(Side s, Side o, SplittableRandom random) {
        double[] e = residuals(s, o);
        double[] sq = new double[s.n];
        double[] g = new double[s.n];
        double[] delta = new double[s.n];
        for (int f = 0; f < k; f++) {
            int ff = f;
            IntStream.range(0, s.n).parallel().forEach(r -> {
                double sumSq = 0;
                double sumG = 0;
                for (int p = s.ptr[r]; p < s.ptr[r + 1]; p++) {
                    double v = o.eff[s.idx[p] * k + ff];
                    sumSq += v * v;
                    sumG += v * e[p];
                }
                sq[r] = sumSq;
                g[r] = sumG;
                delta[r] = 0;
            });
            double lambda = s.impPrec[f];
            double prior = lambda * s.impMean[f];
            for (int j = 0; j < o.n; j++) {
                int from = o.ptr[j];
                int to = o.ptr[j + 1];
                int at = j * k + f;
                if (from == to) {
                    s.imp[at] = s.impMean[f];
                    continue;
                }
                double y = s.imp[at];
                double prec = lambda;
                double lin = prior;
                for (int q = from; q < to; q++) {
                    int r = o.idx[q];
                    double cr = s.c[r];
                    prec += alpha * cr * cr * sq[r];
                    lin += alpha * cr * (g[r] + cr * y * sq[r]);
                }
                double drawn = lin / prec + random.nextGaussian() / Math.sqrt(prec);
                double change = drawn - y;
                s.imp[at] = drawn;
                for (int q = from; q < to; q++) {
                    int r = o.idx[q];
                    double cr = s.c[r];
                    g[r] -= cr * change * sq[r];
                    delta[r] += cr * change;
                }
            }
            IntStream.range(0, s.n).parallel().forEach(r -> {
                double dr = delta[r];
                if (dr == 0) {
                    return;
                }
                s.impSum[r * k + ff] += dr;
                s.eff[r * k + ff] += dr;
                for (int p = s.ptr[r]; p < s.ptr[r + 1]; p++) {
                    e[p] -= dr * o.eff[s.idx[p] * k + ff];
                }
            });
        }
    }

    /** Residuals r - prediction in the order of s's rows. */
    private double[] residuals(Side s, Side o) {
        double[] e = new double[s.idx.length];
        IntStream.range(0, s.n).parallel().forEach(r -> {
            int base = r * k;
            for (int p = s.ptr[r]; p < s.ptr[r + 1]; p++) {
                int col = s.idx[p];
                int cb = col * k;
                double pred = mu + s.bias[r] + o.bias[col];
                for (int f = 0; f < k; f++) {
                    pred += s.eff[base + f] * o.eff[cb + f];
                }
                e[p] = s.val[p] - pred;
            }
        });
        return e;
    }

    private void sampleNoise(SplittableRandom random) {
        double[] e = residuals(users, items);
        double sse = 0;
        for (double v : e) {
            sse += v * v;
        }
        alpha = Draws.gamma(random, PRIOR_SHAPE + e.length / 2.0, PRIOR_RATE + sse / 2);
    }

    /** Normal-Gamma draws of the per-dimension prior means and precisions of s's parameters. */
    private void sampleHyper(Side s, Side o, SplittableRandom random) {
        int rows = 0;
        for (int r = 0; r < s.n; r++) {
            if (!s.empty(r)) {
                rows++;
            }
        }
        double[] values = new double[rows];
        for (int j = 0; j <= k; j++) {
            int n = 0;
            for (int r = 0; r < s.n; r++) {
                if (!s.empty(r)) {
                    values[n++] = j == 0 ? s.bias[r] : s.f[r * k + j - 1];
                }
            }
            double[] drawn = normalGamma(values, n, s.priorMean[j], random);
            s.priorMean[j] = drawn[0];
            s.priorPrec[j] = drawn[1];
        }
        if (s.imp != null) {
            int entities = 0;
            for (int j = 0; j < o.n; j++) {
                if (!o.empty(j)) {
                    entities++;
                }
            }
            double[] imps = new double[entities];
            for (int f = 0; f < k; f++) {
                int n = 0;
                for (int j = 0; j < o.n; j++) {
                    if (!o.empty(j)) {
                        imps[n++] = s.imp[j * k + f];
                    }
                }
                double[] drawn = normalGamma(imps, n, s.impMean[f], random);
                s.impMean[f] = drawn[0];
                s.impPrec[f] = drawn[1];
            }
        }
    }

    /**
     * Draws the precision λ given the current mean, then the mean given λ, under the hyper-prior
     * λ ~ Gamma(1, 1), mean ~ N(0, 1/(λ)) (libFM's defaults).
     */
    private static double[] normalGamma(double[] values, int n, double currentMean, SplittableRandom random) {
        double sum = 0;
        double ss = 0;
        for (int r = 0; r < n; r++) {
            sum += values[r];
            double dv = values[r] - currentMean;
            ss += dv * dv;
        }
        double lambda = Draws.gamma(random, PRIOR_SHAPE + (n + 1) / 2.0,
                PRIOR_RATE + (ss + PRIOR_STRENGTH * currentMean * currentMean) / 2);
        double mean = sum / (n + PRIOR_STRENGTH) + random.nextGaussian() / Math.sqrt((n + PRIOR_STRENGTH) * lambda);
        return new double[] {mean, lambda};
    }
}
