package org.movierec.core.algo.implicit;

import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.ArrayList;
import java.util.Arrays;
import org.movierec.core.algo.Explanation;
import org.movierec.core.data.Profile;
import org.movierec.core.util.BinaryArrays;

/**
 * User and item factors of implicit ALS. A profile of a training user is scored with the learned
 * user factors; any other profile is folded in by solving its factors exactly against the fixed item
 * factors (the same least-squares problem as in training, with the L2 weight a training user with
 * as many interactions would get). Explanations follow Hu, Koren and
 * Volinsky: the score splits into one term per interacted item, c_j·y_iᵀ·W·y_j with W the inverse
 * of the profile's regularised confidence-weighted Gram matrix.
 */
public final class IalsModel extends RankingModel {
    private final ImplicitSignal signal;
    private final int f;
    private final IalsAlgorithm.Penalty penalty;
    private final double alpha;
    private final IalsAlgorithm.Scaling scaling;
    private final float[] users;
    private final float[] items;
    private final float[][] itemsByFactor;
    private final double[] gram;

    IalsModel(ImplicitSignal signal, int factors, IalsAlgorithm.Penalty penalty, double alpha, IalsAlgorithm.Scaling scaling,
            float[] users, float[] items) {
        this.signal = signal;
        this.f = factors;
        this.penalty = penalty;
        this.alpha = alpha;
        this.scaling = scaling;
        this.users = users;
        this.items = items;
        int n = items.length / f;
        itemsByFactor = new float[f][n];
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < f; s++) {
                itemsByFactor[s][i] = items[i * f + s];
            }
        }
        gram = FactorSolver.gram(items, f);
    }

    /**
     * A model from factors learned elsewhere (for instance by Spark MLlib's implicit ALS), scored and
     * folded in exactly as one trained by {@link IalsAlgorithm} with the same parameters.
     *
     * @param users users x factors, row-major
     * @param items items x factors, row-major
     * @param regularization λ, the L2 weight of a row with meanInteractions interactions
     * @param regularizationExponent ν: a row with n interactions gets λ·(n / meanInteractions)^ν
     * @param meanInteractions the mean number of interactions per user in training (at least 1)
     */
    public static IalsModel of(ImplicitSignal signal, int factors, double regularization, double regularizationExponent,
            double meanInteractions, double alpha, IalsAlgorithm.Scaling scaling, float[] users, float[] items) {
        if (factors < 1 || users.length % factors != 0 || items.length % factors != 0) {
            throw new IllegalArgumentException("factor arrays of " + users.length + " and " + items.length
                    + " values do not hold whole rows of " + factors + " factors");
        }
        if (!(regularization > 0) || !(meanInteractions >= 1) || !(alpha >= 0)) {
            throw new IllegalArgumentException("an ials model needs regularization > 0, a mean of at least 1 interaction and alpha >= 0");
        }
        return new IalsModel(signal, factors, new IalsAlgorithm.Penalty(regularization, regularizationExponent, meanInteractions),
                alpha, scaling, users, items);
    }

    @Override
    public int itemCount() {
        return items.length / f;
    }

    /** The profile's factors: learned for a training user, folded in otherwise. */
    float[] userFactors(Profile user) {
        if (user.user() >= 0 && user.user() < users.length / f) {
            return Arrays.copyOfRange(users, user.user() * f, (user.user() + 1) * f);
        }
        Profile p = known(signal.apply(user));
        float[] c = confidences(p);
        return new FoldInSystem(gram, f, penalty.of(p.size()), items, p.items(), c).factors();
    }

    private Profile known(Profile p) {
        int n = 0;
        while (n < p.size() && p.items()[n] < itemCount()) {
            n++;
        }
        return n == p.size() ? p : new Profile(p.user(), Arrays.copyOf(p.items(), n), Arrays.copyOf(p.values(), n));
    }

    private float[] confidences(Profile p) {
        float[] c = new float[p.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = IalsAlgorithm.confidence(p.values()[k], alpha, scaling);
        }
        return c;
    }

    @Override
    public void scoreAll(Profile user, float[] out) {
        float[] x = userFactors(user);
        int n = itemCount();
        Arrays.fill(out, 0, n, 0f);
        for (int s = 0; s < f; s++) {
            float xs = x[s];
            float[] column = itemsByFactor[s];
            for (int i = 0; i < n; i++) {
                out[i] += xs * column[i];
            }
        }
    }

    /** Kind "factors": the interacted items by their share c_j·y_iᵀ·W·y_j of the item's score. */
    @Override
    public Explanation explain(Profile user, int item) {
        return explain(user, new int[] {item}).get(0);
    }

    /**
     * Explains each item by the profile's items weighted by their share of its score (Hu et al.
     * 2008, section 5), factorising the profile's system once for all the items.
     */
    @Override
    public List<Explanation> explain(Profile user, int[] targets) {
        Profile p = known(signal.apply(user));
        float[] c = confidences(p);
        FoldInSystem system = new FoldInSystem(gram, f, penalty.of(p.size()), items, p.items(), c);
        List<Explanation> out = new ArrayList<>(targets.length);
        for (int item : targets) {
            if (item < 0 || item >= itemCount()) {
                out.add(Explanation.none("factors"));
                continue;
            }
            double[] z = new double[f];
            for (int s = 0; s < f; s++) {
                z[s] = items[item * f + s];
            }
            system.solve(z);
            float[] w = new float[p.size()];
            for (int k = 0; k < p.size(); k++) {
                double dot = 0;
                int o = p.items()[k] * f;
                for (int s = 0; s < f; s++) {
                    dot += z[s] * items[o + s];
                }
                w[k] = (float) (c[k] * dot);
            }
            out.add(Explanations.strongest("factors", p.items(), w, p.size()));
        }
        return out;
    }

    @Override
    public void write(DataOutput out) throws IOException {
        signal.write(out);
        out.writeInt(f);
        out.writeDouble(penalty.lambda());
        out.writeDouble(penalty.exponent());
        out.writeDouble(penalty.mean());
        out.writeDouble(alpha);
        out.writeByte(scaling.ordinal());
        BinaryArrays.writeFloats(out, users);
        BinaryArrays.writeFloats(out, items);
    }
}
