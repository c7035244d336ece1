package org.movierec.core.algo.bayes;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.BinaryArrays;
import org.movierec.core.util.Cholesky;

/**
 * A Bayesian SVD++ model: the posterior predictive mean, averaged over S stored Gibbs samples. For
 * a training user the prediction is mu + b̄_u + b̄_i + (1/S) Σ_s p̃_u⁽ˢ⁾ · q̃_i⁽ˢ⁾, where p̃ and q̃ are
 * the effective factors (explicit plus implicit part) of sample s; the S sample vectors are stored
 * concatenated, so one dot product of length S·k gives the average. Any other profile is folded in:
 * for each sample, the user's bias and factors are set to their conditional posterior mean given
 * that sample's item parameters, prior and noise precision (a ridge solve), with the implicit part
 * taken from the profile's items. Immutable and thread-safe.
 */
public final class BayesianMfModel implements Model {
    private static final int EXPLAIN_REASONS = 10;

    private final RatingScale scale;
    private final double mu;
    private final int users;
    private final int items;
    private final int k;
    private final int samples;
    private final float[] userBias;
    private final float[] itemBias;
    /** [u][s][f]: effective user factors of sample s divided by S. */
    private final float[] userVec;
    /** [i][s][f]: effective item factors of sample s. */
    private final float[] itemVec;
    /** [i][s]: item bias of sample s. */
    private final float[] itemBiasBySample;
    /** [i][s][f]: implicit factors y_i of sample s, or null without implicit feedback. */
    private final float[] itemImplicit;
    /** [s][0..k]: prior mean and precision of the user bias and factors in sample s. */
    private final float[] priorMean;
    private final float[] priorPrec;
    private final float[] noisePrec;

    private BayesianMfModel(RatingScale scale, double mu, int users, int items, int k, int samples, float[] userBias,
            float[] itemBias, float[] userVec, float[] itemVec, float[] itemBiasBySample, float[] itemImplicit,
            float[] priorMean, float[] priorPrec, float[] noisePrec) {
        this.scale = scale;
        this.mu = mu;
        this.users = users;
        this.items = items;
        this.k = k;
        this.samples = samples;
        this.userBias = userBias;
        this.itemBias = itemBias;
        this.userVec = userVec;
        this.itemVec = itemVec;
        this.itemBiasBySample = itemBiasBySample;
        this.itemImplicit = itemImplicit;
        this.priorMean = priorMean;
        this.priorPrec = priorPrec;
        this.noisePrec = noisePrec;
    }

    /** Collects the samples of a chain (package-private: used by the sampler). */
    static final class Builder {
        private final BayesianMfModel model;

        Builder(RatingScale scale, double mu, int users, int items, int k, int samples, boolean implicit) {
            model = new BayesianMfModel(scale, mu, users, items, k, samples, new float[users], new float[items],
                    new float[users * samples * k], new float[items * samples * k], new float[items * samples],
                    implicit ? new float[items * samples * k] : null, new float[samples * (k + 1)],
                    new float[samples * (k + 1)], new float[samples]);
        }

        void addSample(int s, double[] userBias, double[] userEff, double[] itemBias, double[] itemEff,
                double[] itemImplicit, double[] userPriorMean, double[] userPriorPrec, double alpha) {
            BayesianMfModel m = model;
            int sk = m.samples * m.k;
            for (int u = 0; u < m.users; u++) {
                m.userBias[u] += (float) (userBias[u] / m.samples);
                for (int f = 0; f < m.k; f++) {
                    m.userVec[u * sk + s * m.k + f] = (float) (userEff[u * m.k + f] / m.samples);
                }
            }
            for (int i = 0; i < m.items; i++) {
                m.itemBias[i] += (float) (itemBias[i] / m.samples);
                m.itemBiasBySample[i * m.samples + s] = (float) itemBias[i];
                for (int f = 0; f < m.k; f++) {
                    m.itemVec[i * sk + s * m.k + f] = (float) itemEff[i * m.k + f];
                    if (m.itemImplicit != null) {
                        m.itemImplicit[i * sk + s * m.k + f] = (float) itemImplicit[i * m.k + f];
                    }
                }
            }
            for (int j = 0; j <= m.k; j++) {
                m.priorMean[s * (m.k + 1) + j] = (float) userPriorMean[j];
                m.priorPrec[s * (m.k + 1) + j] = (float) userPriorPrec[j];
            }
            m.noisePrec[s] = (float) alpha;
        }

        BayesianMfModel build() {
            return model;
        }
    }

    @Override
    public int itemCount() {
        return items;
    }

    /** Number of users seen in training. */
    public int userCount() {
        return users;
    }

    /** Number of stored posterior samples. */
    public int sampleCount() {
        return samples;
    }

    @Override
    public double predict(Profile user, int item) {
        if (item < 0 || item >= items) {
            return Double.NaN;
        }
        UserState state = userState(user);
        return predict(state, item);
    }

    @Override
    public void score(Profile user, int[] items, float[] out) {
        UserState state = userState(user);
        for (int j = 0; j < items.length; j++) {
            int item = items[j];
            out[j] = item < 0 || item >= this.items ? Float.NaN : (float) predict(state, item);
        }
    }

    private double predict(UserState state, int item) {
        int sk = samples * k;
        int at = item * sk;
        double dot = 0;
        for (int j = 0; j < sk; j++) {
            dot += state.vec[state.offset + j] * itemVec[at + j];
        }
        return scale.clamp(mu + state.bias + itemBias[item] + dot);
    }

    /** The user's averaged bias and concatenated sample factors (scaled by 1/S). */
    private record UserState(double bias, float[] vec, int offset) {
    }

    private UserState userState(Profile profile) {
        int u = profile.user();
        if (u >= 0 && u < users) {
            return new UserState(userBias[u], userVec, u * samples * k);
        }
        return foldIn(profile);
    }

    private UserState foldIn(Profile profile) {
        int d = k + 1;
        int sk = samples * k;
        int[] rated = profile.items();
        float[] values = profile.values();
        int known = 0;
        for (int item : rated) {
            if (item >= 0 && item < items) {
                known++;
            }
        }
        double c = known == 0 ? 0 : 1 / Math.sqrt(known);
        double[] a = new double[d * d];
        double[] b = new double[d];
        double[] x = new double[d];
        double[] implicit = new double[k];
        float[] vec = new float[sk];
        double bias = 0;
        for (int s = 0; s < samples; s++) {
            int so = s * k;
            Arrays.fill(a, 0);
            Arrays.fill(implicit, 0);
            for (int j = 0; j < d; j++) {
                double prec = priorPrec[s * d + j];
                a[j * d + j] = prec;
                b[j] = prec * priorMean[s * d + j];
            }
            if (itemImplicit != null) {
                for (int item : rated) {
                    if (item >= 0 && item < items) {
                        int at = item * sk + so;
                        for (int f = 0; f < k; f++) {
                            implicit[f] += c * itemImplicit[at + f];
                        }
                    }
                }
            }
            double alpha = noisePrec[s];
            x[0] = 1;
            for (int n = 0; n < rated.length; n++) {
                int item = rated[n];
                if (item < 0 || item >= items) {
                    continue;
                }
                int at = item * sk + so;
                double t = values[n] - mu - itemBiasBySample[item * samples + s];
                for (int f = 0; f < k; f++) {
                    double e = itemVec[at + f];
                    x[f + 1] = e;
                    t -= implicit[f] * e;
                }
                for (int i = 0; i < d; i++) {
                    double xi = alpha * x[i];
                    b[i] += xi * t;
                    for (int j = 0; j <= i; j++) {
                        a[i * d + j] += xi * x[j];
                    }
                }
            }
            Cholesky.solve(a, d, b);
            bias += b[0] / samples;
            for (int f = 0; f < k; f++) {
                vec[so + f] = (float) ((b[f + 1] + implicit[f]) / samples);
            }
        }
        return new UserState(bias, vec, 0);
    }

    /**
     * Rated items whose latent factors (concatenated over the samples) agree most with the item's:
     * cosine similarity, for items the profile rated at or above its mean.
     */
    @Override
    public Explanation explain(Profile user, int item) {
        if (item < 0 || item >= items || user.isEmpty()) {
            return Explanation.none("factors");
        }
        int sk = samples * k;
        double mean = user.mean();
        double norm = norm(item * sk, sk);
        List<Explanation.Reason> reasons = new ArrayList<>();
        int[] rated = user.items();
        for (int n = 0; n < rated.length; n++) {
            int j = rated[n];
            if (j == item || j < 0 || j >= items || user.values()[n] < mean) {
                continue;
            }
            double dot = 0;
            for (int f = 0; f < sk; f++) {
                dot += itemVec[item * sk + f] * itemVec[j * sk + f];
            }
            double denom = norm * norm(j * sk, sk);
            double cos = denom > 0 ? dot / denom : 0;
            if (cos > 0) {
                reasons.add(Explanation.Reason.item(j, cos));
            }
        }
        reasons.sort((p, q) -> Double.compare(q.weight(), p.weight()));
        return new Explanation("factors", reasons.subList(0, Math.min(EXPLAIN_REASONS, reasons.size())));
    }

    private double norm(int from, int length) {
        double ss = 0;
        for (int f = from; f < from + length; f++) {
            ss += itemVec[f] * itemVec[f];
        }
        return Math.sqrt(ss);
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeFloat(scale.min());
        out.writeFloat(scale.max());
        out.writeFloat(scale.step());
        out.writeDouble(mu);
        out.writeInt(users);
        out.writeInt(items);
        out.writeInt(k);
        out.writeInt(samples);
        out.writeBoolean(itemImplicit != null);
        BinaryArrays.writeFloats(out, userBias);
        BinaryArrays.writeFloats(out, itemBias);
        BinaryArrays.writeFloats(out, userVec);
        BinaryArrays.writeFloats(out, itemVec);
        BinaryArrays.writeFloats(out, itemBiasBySample);
        if (itemImplicit != null) {
            BinaryArrays.writeFloats(out, itemImplicit);
        }
        BinaryArrays.writeFloats(out, priorMean);
        BinaryArrays.writeFloats(out, priorPrec);
        BinaryArrays.writeFloats(out, noisePrec);
    }

    /** Reads a model written by {@link #write}. */
    public static BayesianMfModel read(DataInput in) throws IOException {
        RatingScale scale = new RatingScale(in.readFloat(), in.readFloat(), in.readFloat());
        double mu = in.readDouble();
        int users = in.readInt();
        int items = in.readInt();
        int k = in.readInt();
        int samples = in.readInt();
        if (users < 0 || items < 0 || k < 1 || samples < 1) {
            throw new IOException("corrupt Bayesian MF model header");
        }
        boolean implicit = in.readBoolean();
        float[] userBias = BinaryArrays.readFloats(in);
        float[] itemBias = BinaryArrays.readFloats(in);
        float[] userVec = BinaryArrays.readFloats(in);
        float[] itemVec = BinaryArrays.readFloats(in);
        float[] itemBiasBySample = BinaryArrays.readFloats(in);
        float[] itemImplicit = implicit ? BinaryArrays.readFloats(in) : null;
        float[] priorMean = BinaryArrays.readFloats(in);
        float[] priorPrec = BinaryArrays.readFloats(in);
        float[] noisePrec = BinaryArrays.readFloats(in);
        long sk = (long) samples * k;
        if (userBias.length != users || itemBias.length != items || userVec.length != users * sk
                || itemVec.length != items * sk || itemBiasBySample.length != (long) items * samples
                || (implicit && itemImplicit.length != items * sk) || priorMean.length != samples * (k + 1L)
                || priorPrec.length != priorMean.length || noisePrec.length != samples) {
            throw new IOException("corrupt Bayesian MF model: array sizes do not match its header");
        }
        return new BayesianMfModel(scale, mu, users, items, k, samples, userBias, itemBias, userVec, itemVec,
                itemBiasBySample, itemImplicit, priorMean, priorPrec, noisePrec);
    }
}
