package org.movierec.core.algo.knn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.PayloadVersion;
import org.movierec.core.algo.baseline.BiasModel;
import org.movierec.core.data.Profile;
import org.movierec.core.util.BinaryArrays;

/**
 * A trained weighted Slope One model: for every item its deviations from co-rated items (in
 * ascending item order) and their co-supports. A profile with no item among the target's
 * deviations (an unrated item, an empty profile) gets the bias baseline μ + b_u + b_i. Predictions
 * are clamped into the training scale and never NaN. Immutable and thread-safe.
 */
public final class SlopeOneModel implements Model {
    private static final int PAYLOAD_VERSION = 1;
    private final BiasModel bias;
    private final Deviations deviations;

    /** Deviations as neighbour lists (weights are the deviations) and the co-supports, position by position. */
    record Deviations(NeighbourLists lists, float[] supports) {
    }

    SlopeOneModel(BiasModel bias, Deviations deviations) {
        this.bias = bias;
        this.deviations = deviations;
    }

    /** The deviation of item j from item i (average r_j − r_i), or NaN if not kept. */
    public double deviation(int j, int i) {
        NeighbourLists lists = deviations.lists();
        int pos = java.util.Arrays.binarySearch(lists.neighbours(), lists.ptr()[j], lists.ptr()[j + 1], i);
        return pos >= 0 ? lists.weights()[pos] : Double.NaN;
    }

    @Override
    public int itemCount() {
        return deviations.lists().rows();
    }

    @Override
    public double predict(Profile user, int item) {
        return (float) predict(user.items(), user.values(), item, user);
    }

    private double predict(int[] items, float[] values, int target, Profile user) {
        NeighbourLists lists = deviations.lists();
        int[] nb = lists.neighbours();
        float[] dev = lists.weights();
        float[] support = deviations.supports();
        int q = lists.ptr()[target];
        int end = lists.ptr()[target + 1];
        int j = 0;
        double sum = 0;
        double weights = 0;
        while (q < end && j < items.length) {
            int a = nb[q];
            int b = items[j];
            if (a < b) {
                q++;
            } else if (a > b) {
                j++;
            } else {
                sum += (dev[q] + values[j]) * support[q];
                weights += support[q];
                q++;
                j++;
            }
        }
        if (weights > 0) {
            return bias.clamp(sum / weights);
        }
        return bias.clamp(bias.estimate(bias.userBias(user), target));
    }

    @Override
    public void score(Profile user, int[] items, float[] out) {
        for (int j = 0; j < items.length; j++) {
            out[j] = (float) predict(user.items(), user.values(), items[j], user);
        }
    }

    /** The profile's items that carry the prediction, weighted by co-support. */
    @Override
    public Explanation explain(Profile user, int item) {
        NeighbourLists lists = deviations.lists();
        List<Explanation.Reason> reasons = new ArrayList<>();
        for (int q = lists.ptr()[item]; q < lists.ptr()[item + 1]; q++) {
            if (user.contains(lists.neighbours()[q])) {
                reasons.add(Explanation.Reason.item(lists.neighbours()[q], deviations.supports()[q]));
            }
        }
        reasons.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        return new Explanation("neighbours", reasons);
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(PAYLOAD_VERSION);
        bias.write(out);
        deviations.lists().write(out);
        BinaryArrays.writeFloats(out, deviations.supports());
    }

    static SlopeOneModel read(DataInput in) throws IOException {
        PayloadVersion.check(in, SlopeOneAlgorithm.NAME, PAYLOAD_VERSION);
        BiasModel bias = BiasModel.read(in);
        NeighbourLists lists = NeighbourLists.read(in);
        float[] supports = BinaryArrays.readFloats(in);
        if (supports.length != lists.size() || lists.rows() != bias.itemCount()) {
            throw new IllegalArgumentException("inconsistent slope one model");
        }
        return new SlopeOneModel(bias, new Deviations(lists, supports));
    }
}
