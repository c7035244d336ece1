package org.movierec.core.algo.baseline;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.PayloadVersion;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.BinaryArrays;
import org.movierec.core.util.Progress;

/**
 * Baseline estimates b(u,i) = μ + b_u + b_i, clamped into the training scale. A profile with a
 * training index uses the learned user bias; any other profile gets its bias folded in,
 * b_u = Σ(r − μ − b_i) / (λ_u + n). Items without training ratings have b_i = 0, so every item
 * gets a prediction (never NaN). Also the baseline of the neighbourhood models.
 */
public final class BiasModel implements Model {
    private static final int PAYLOAD_VERSION = 1;
    private static final int PARALLEL_THRESHOLD = 1 << 18;
    private final double mean;
    private final float[] itemBias;
    private final float[] userBias;
    private final double regUser;
    private final float min;
    private final float max;

    BiasModel(double mean, float[] itemBias, float[] userBias, double regUser, float min, float max) {
        this.mean = mean;
        this.itemBias = itemBias;
        this.userBias = userBias;
        this.regUser = regUser;
        this.min = min;
        this.max = max;
    }

    /** Fits the biases by alternating least squares (users first, then items, in every epoch). */
    public static BiasModel fit(RatingMatrix train, double regItem, double regUser, int epochs, Progress progress) {
        double mean = train.size() == 0 ? (train.scale().min() + train.scale().max()) / 2.0 : train.globalMean();
        int[] userPtr = train.userPointers();
        int[] userItems = train.userItems();
        float[] userValues = train.userValues();
        int[] itemPtr = train.itemPointers();
        int[] itemUsers = train.itemUsers();
        float[] itemValues = train.itemValues();
        float[] bu = new float[train.userCount()];
        float[] bi = new float[train.itemCount()];
        boolean parallel = train.size() >= PARALLEL_THRESHOLD;
        progress.start("baseline biases", epochs);
        for (int epoch = 0; epoch < epochs; epoch++) {
            range(bu.length, parallel).forEach(u -> {
                double sum = 0;
                for (int k = userPtr[u]; k < userPtr[u + 1]; k++) {
                    sum += userValues[k] - mean - bi[userItems[k]];
                }
                bu[u] = (float) (sum / (regUser + userPtr[u + 1] - userPtr[u]));
            });
            range(bi.length, parallel).forEach(i -> {
                double sum = 0;
                for (int k = itemPtr[i]; k < itemPtr[i + 1]; k++) {
                    sum += itemValues[k] - mean - bu[itemUsers[k]];
                }
                bi[i] = (float) (sum / (regItem + itemPtr[i + 1] - itemPtr[i]));
            });
            progress.step(1);
        }
        progress.done();
        return new BiasModel(mean, bi, bu, regUser, train.scale().min(), train.scale().max());
    }

    private static IntStream range(int n, boolean parallel) {
        IntStream s = IntStream.range(0, n);
        return parallel ? s.parallel() : s;
    }

    public double globalMean() {
        return mean;
    }

    /** The item's bias (0 for an item without training ratings). */
    public float itemBias(int item) {
        return itemBias[item];
    }

    /** The learned bias of a training user. */
    public float trainedUserBias(int user) {
        return userBias[user];
    }

    /** The profile's user bias: learned if it has a training index, folded in otherwise. */
    public double userBias(Profile profile) {
        int user = profile.user();
        if (user >= 0 && user < userBias.length) {
            return userBias[user];
        }
        int[] items = profile.items();
        float[] values = profile.values();
        double sum = 0;
        for (int k = 0; k < items.length; k++) {
            sum += values[k] - mean - itemBias[items[k]];
        }
        return items.length == 0 ? 0 : sum / (regUser + items.length);
    }

    /** μ + b_u + b_i, not clamped. */
    public double estimate(double userBias, int item) {
        return mean + userBias + itemBias[item];
    }

    /** The value clamped into the training scale. */
    public double clamp(double value) {
        return value < min ? min : (value > max ? max : value);
    }

    @Override
    public int itemCount() {
        return itemBias.length;
    }

    @Override
    public double predict(Profile user, int item) {
        return clamp(estimate(userBias(user), item));
    }

    @Override
    public void score(Profile user, int[] items, float[] out) {
        double bu = userBias(user);
        for (int k = 0; k < items.length; k++) {
            out[k] = (float) clamp(estimate(bu, items[k]));
        }
    }

    @Override
    public Explanation explain(Profile user, int item) {
        return new Explanation("baseline", List.of(
                Explanation.Reason.feature("global mean", mean),
                Explanation.Reason.feature("item bias", itemBias[item]),
                Explanation.Reason.feature("user bias", userBias(user))));
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(PAYLOAD_VERSION);
        out.writeDouble(mean);
        out.writeDouble(regUser);
        out.writeFloat(min);
        out.writeFloat(max);
        BinaryArrays.writeFloats(out, itemBias);
        BinaryArrays.writeFloats(out, userBias);
    }

    /** Reads what {@link #write} wrote. */
    public static BiasModel read(DataInput in) throws IOException {
        PayloadVersion.check(in, BiasAlgorithm.NAME, PAYLOAD_VERSION);
        double mean = in.readDouble();
        double regUser = in.readDouble();
        float min = in.readFloat();
        float max = in.readFloat();
        float[] itemBias = BinaryArrays.readFloats(in);
        float[] userBias = BinaryArrays.readFloats(in);
        return new BiasModel(mean, itemBias, userBias, regUser, min, max);
    }
}
