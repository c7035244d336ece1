package org.movierec.core.algo.implicit;

import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.movierec.core.algo.Explanation;
import org.movierec.core.data.Profile;
import org.movierec.core.util.BinaryArrays;

/**
 * User factors, item factors and item biases of BPR. A training user's profile uses the learned
 * factors; any other profile is folded in by {@value #FOLD_IN_EPOCHS} epochs of the same SGD on the
 * user's factors alone (item parameters fixed), seeded by the model's seed and the profile's items,
 * so the same profile always gets the same factors.
 */
public final class BprModel extends RankingModel {
    static final int FOLD_IN_EPOCHS = 30;
    private final ImplicitSignal signal;
    private final int f;
    private final double learningRate;
    private final double regularization;
    private final long seed;
    private final float[] users;
    private final float[] items;
    private final float[] bias;
    private final float[][] itemsByFactor;

    BprModel(ImplicitSignal signal, int factors, double learningRate, double regularization, long seed, float[] users,
            float[] items, float[] bias) {
        this.signal = signal;
        this.f = factors;
        this.learningRate = learningRate;
        this.regularization = regularization;
        this.seed = seed;
        this.users = users;
        this.items = items;
        this.bias = bias;
        itemsByFactor = new float[f][bias.length];
        for (int i = 0; i < bias.length; i++) {
            for (int s = 0; s < f; s++) {
                itemsByFactor[s][i] = items[i * f + s];
            }
        }
    }

    @Override
    public int itemCount() {
        return bias.length;
    }

    /** The profile's factors: learned for a training user, folded in otherwise. */
    float[] userFactors(Profile user) {
        float[] x = new float[f];
        if (user.user() >= 0 && user.user() < users.length / f) {
            System.arraycopy(users, user.user() * f, x, 0, f);
            return x;
        }
        Profile p = signal.apply(user);
        int n = 0;
        while (n < p.size() && p.items()[n] < itemCount()) {
            n++;
        }
        if (n == 0 || n >= itemCount()) {
            return x;
        }
        int[] positives = Arrays.copyOf(p.items(), n);
        SplittableRandom random = new SplittableRandom(seed ^ Arrays.hashCode(positives));
        float lr = (float) learningRate;
        float reg = (float) regularization;
        for (int s = 0; s < FOLD_IN_EPOCHS * n; s++) {
            int i = positives[random.nextInt(n)];
            int j;
            do {
                j = random.nextInt(itemCount());
            } while (Arrays.binarySearch(positives, j) >= 0);
            BprAlgorithm.step(x, 0, items, bias, i, j, f, lr, reg, false);
        }
        return x;
    }

    @Override
    public void scoreAll(Profile user, float[] out) {
        float[] x = userFactors(user);
        int n = itemCount();
        System.arraycopy(bias, 0, out, 0, n);
        for (int s = 0; s < f; s++) {
            float xs = x[s];
            float[] column = itemsByFactor[s];
            for (int i = 0; i < n; i++) {
                out[i] += xs * column[i];
            }
        }
    }

    /**
     * Kind "factors": the interacted items j by how much their factors agree with the item's,
     * q_i·q_j (the item-item view of the user's factors, which SGD pulls towards the q_j).
     */
    @Override
    public Explanation explain(Profile user, int item) {
        if (item < 0 || item >= itemCount()) {
            return Explanation.none("factors");
        }
        Profile p = signal.apply(user);
        int[] rated = new int[p.size()];
        float[] w = new float[p.size()];
        int n = 0;
        for (int k = 0; k < p.size(); k++) {
            int j = p.items()[k];
            if (j < itemCount() && j != item) {
                float dot = 0;
                for (int s = 0; s < f; s++) {
                    dot += items[item * f + s] * items[j * f + s];
                }
                rated[n] = j;
                w[n++] = dot;
            }
        }
        return Explanations.strongest("factors", rated, w, n);
    }

    @Override
    public void write(DataOutput out) throws IOException {
        signal.write(out);
        out.writeInt(f);
        out.writeDouble(learningRate);
        out.writeDouble(regularization);
        out.writeLong(seed);
        BinaryArrays.writeFloats(out, users);
        BinaryArrays.writeFloats(out, items);
        BinaryArrays.writeFloats(out, bias);
    }
}
