package org.movierec.core.algo.blend;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.BinaryArrays;

/**
 * A linear blend of base models: the weights times the {@link BlendFeatures} of the base
 * predictions (the user's support is the profile's size, the item's its training count), clamped
 * to the scale. A base without a prediction (NaN) counts as the training mean. Explanations are
 * those of the base with the largest plain weight. Immutable and thread-safe when the bases are.
 */
public final class BlendModel implements Model {
    private final RatingScale scale;
    private final double fallback;
    private final String[] names;
    private final Model[] bases;
    private final BlendFeatures features;
    private final double[] weights;
    private final float[] itemCounts;

    BlendModel(RatingScale scale, double fallback, String[] names, Model[] bases, BlendFeatures features,
            double[] weights, float[] itemCounts) {
        if (bases.length == 0 || names.length != bases.length || features.models() != bases.length
                || weights.length != features.size() || itemCounts.length != bases[0].itemCount()) {
            throw new IllegalArgumentException(
                    "a blend needs one name per base model, one weight per feature and one count per item");
        }
        this.features = features;
        this.itemCounts = itemCounts;
        this.scale = scale;
        this.fallback = fallback;
        this.names = names.clone();
        this.bases = bases.clone();
        this.weights = weights.clone();
    }

    /** The weights of the features (intercept first, then one per base model, then the support features). */
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public int itemCount() {
        return bases[0].itemCount();
    }

    /** The blend of the bases' {@link Model#score} values, so that predict and score agree exactly. */
    @Override
    public double predict(Profile user, int item) {
        float[] out = new float[1];
        score(user, new int[] {item}, out);
        return out[0];
    }

    private double combine(double[] predictions, double userSupport, int item, double[] row) {
        features.fill(predictions, userSupport, BlendFeatures.support((int) itemCounts[item]), row);
        double s = 0;
        for (int j = 0; j < row.length; j++) {
            s += weights[j] * row[j];
        }
        return scale.clamp(s);
    }

    @Override
    public void score(Profile user, int[] items, float[] out) {
        float[][] parts = new float[bases.length][items.length];
        for (int b = 0; b < bases.length; b++) {
            bases[b].score(user, items, parts[b]);
        }
        int count = itemCount();
        double userSupport = BlendFeatures.support(user.size());
        double[] predictions = new double[bases.length];
        double[] row = new double[weights.length];
        for (int j = 0; j < items.length; j++) {
            if (items[j] < 0 || items[j] >= count) {
                out[j] = Float.NaN;
                continue;
            }
            for (int b = 0; b < bases.length; b++) {
                predictions[b] = Float.isNaN(parts[b][j]) ? fallback : parts[b][j];
            }
            out[j] = (float) combine(predictions, userSupport, items[j], row);
        }
    }

    @Override
    public Explanation explain(Profile user, int item) {
        int strongest = 0;
        for (int b = 1; b < bases.length; b++) {
            if (Math.abs(weights[b + 1]) > Math.abs(weights[strongest + 1])) {
                strongest = b;
            }
        }
        return bases[strongest].explain(user, item);
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeFloat(scale.min());
        out.writeFloat(scale.max());
        out.writeFloat(scale.step());
        out.writeDouble(fallback);
        out.writeInt(bases.length);
        for (int b = 0; b < bases.length; b++) {
            out.writeUTF(names[b]);
            bases[b].write(out);
        }
        out.writeBoolean(features.withSupport());
        BinaryArrays.writeDoubles(out, weights);
        BinaryArrays.writeFloats(out, itemCounts);
    }

    /** Reads a blend written by {@link #write}, its bases with the standard registry's readers. */
    public static BlendModel read(DataInput in) throws IOException {
        RatingScale scale = new RatingScale(in.readFloat(), in.readFloat(), in.readFloat());
        double fallback = in.readDouble();
        int count = in.readInt();
        if (count < 1 || count > 100) {
            throw new IOException("corrupt blend model: " + count + " base models");
        }
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        String[] names = new String[count];
        Model[] bases = new Model[count];
        for (int b = 0; b < count; b++) {
            names[b] = in.readUTF();
            AlgorithmSpec spec;
            try {
                spec = registry.spec(names[b]);
            } catch (IllegalArgumentException e) {
                throw new IOException("blend model names the unknown base algorithm '" + names[b] + "'");
            }
            bases[b] = spec.reader().read(in);
        }
        BlendFeatures features = new BlendFeatures(count, in.readBoolean());
        double[] weights = BinaryArrays.readDoubles(in);
        float[] itemCounts = BinaryArrays.readFloats(in);
        if (weights.length != features.size() || itemCounts.length != bases[0].itemCount()) {
            throw new IOException("corrupt blend model: " + weights.length + " weights and " + itemCounts.length
                    + " item counts for " + count + " base models over " + bases[0].itemCount() + " items");
        }
        return new BlendModel(scale, fallback, names, bases, features, weights, itemCounts);
    }
}
