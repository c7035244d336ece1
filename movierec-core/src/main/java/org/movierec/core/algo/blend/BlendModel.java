package org.movierec.core.algo.blend;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.BinaryArrays;

/**
 * A linear blend of base models: intercept + Σ weight_m · prediction_m, clamped to the scale. A base
 * without a prediction (NaN) counts as the training mean. Explanations are those of the base with
 * the largest weight. Immutable and thread-safe when the bases are.
 */
public final class BlendModel implements Model {
    private final RatingScale scale;
    private final double fallback;
    private final String[] names;
    private final Model[] bases;
    private final double[] weights;

    BlendModel(RatingScale scale, double fallback, String[] names, Model[] bases, double[] weights) {
        if (bases.length == 0 || names.length != bases.length || weights.length != bases.length + 1) {
            throw new IllegalArgumentException("a blend needs one name and one weight per base model plus an intercept");
        }
        this.scale = scale;
        this.fallback = fallback;
        this.names = names.clone();
        this.bases = bases.clone();
        this.weights = weights.clone();
    }

    /** The intercept followed by one weight per base model. */
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public int itemCount() {
        return bases[0].itemCount();
    }

    @Override
    public double predict(Profile user, int item) {
        if (item < 0 || item >= itemCount()) {
            return Double.NaN;
        }
        double s = weights[0];
        for (int b = 0; b < bases.length; b++) {
            double v = bases[b].predict(user, item);
            s += weights[b + 1] * (Double.isNaN(v) ? fallback : v);
        }
        return scale.clamp(s);
    }

    @Override
    public void score(Profile user, int[] items, float[] out) {
        double[] sum = new double[items.length];
        Arrays.fill(sum, weights[0]);
        float[] part = new float[items.length];
        for (int b = 0; b < bases.length; b++) {
            bases[b].score(user, items, part);
            for (int j = 0; j < items.length; j++) {
                sum[j] += weights[b + 1] * (Float.isNaN(part[j]) ? fallback : part[j]);
            }
        }
        int count = itemCount();
        for (int j = 0; j < items.length; j++) {
            out[j] = items[j] < 0 || items[j] >= count ? Float.NaN : (float) scale.clamp(sum[j]);
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
        BinaryArrays.writeDoubles(out, weights);
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
        double[] weights = BinaryArrays.readDoubles(in);
        if (weights.length != count + 1) {
            throw new IOException("corrupt blend model: " + weights.length + " weights for " + count + " base models");
        }
        return new BlendModel(scale, fallback, names, bases, weights);
    }
}
