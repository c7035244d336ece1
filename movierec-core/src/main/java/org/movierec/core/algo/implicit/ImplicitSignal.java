package org.movierec.core.algo.implicit;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Params;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;

/**
 * The rule that turns ratings into implicit signals, shared by every top-N algorithm. A rating
 * becomes an interaction when it is at least {@code threshold} (the default 0 keeps every rating:
 * "the user watched it"); the interaction's strength is 1 ({@code weight=binary}) or the rating
 * itself ({@code weight=rating}). Models that weigh confidence (implicit ALS) derive it from the
 * strength; the others use the strength as the value of their user-item matrix.
 *
 * @param threshold the lowest rating that counts as an interaction
 * @param weight how strong an interaction is
 */
public record ImplicitSignal(double threshold, Weight weight) {

    /** How strong an interaction is. */
    public enum Weight {
        /** Every interaction counts 1. */
        BINARY,
        /** An interaction counts its rating. */
        RATING
    }

    /** Every rating is an interaction of strength 1. */
    public static final ImplicitSignal ALL_BINARY = new ImplicitSignal(0, Weight.BINARY);

    public ImplicitSignal {
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("the interaction threshold must be a number, not " + threshold);
        }
    }

    /** The parameters {@code threshold} and {@code weight} (default binary) that the top-N algorithms declare. */
    public static List<ParamSpec> params() {
        return params(Weight.BINARY);
    }

    /** The parameters {@code threshold} and {@code weight}, with the algorithm's own default weight. */
    public static List<ParamSpec> params(Weight defaultWeight) {
        return List.of(
                ParamSpec.ofDouble("threshold", 0, "lowest rating that counts as an interaction (0: every rating)"),
                ParamSpec.ofChoice("weight", defaultWeight.name().toLowerCase(Locale.ROOT),
                        "strength of an interaction: 1, or the rating itself", "binary", "rating"));
    }

    /** Only the {@code threshold} parameter, for algorithms that use the set of interactions and not their strength. */
    public static List<ParamSpec> thresholdParam() {
        return params().subList(0, 1);
    }

    /** The binary signal given by the {@link #thresholdParam()} value. */
    public static ImplicitSignal binary(Params params) {
        return new ImplicitSignal(params.getDouble("threshold"), Weight.BINARY);
    }

    /** Writes the {@link #thresholdParam()} value into an algorithm's parameter map. */
    public void putThreshold(Map<String, Object> params) {
        params.put("threshold", threshold);
    }

    /** The signal given by the {@link #params()} values. */
    public static ImplicitSignal from(Params params) {
        return new ImplicitSignal(params.getDouble("threshold"),
                Weight.valueOf(params.getString("weight").toUpperCase(Locale.ROOT)));
    }

    /** Writes the {@link #params()} values into an algorithm's parameter map. */
    public void putParams(Map<String, Object> params) {
        params.put("threshold", threshold);
        params.put("weight", weight.name().toLowerCase(Locale.ROOT));
    }

    /** True if the rating counts as an interaction. */
    public boolean accepts(float rating) {
        return rating >= threshold;
    }

    /** The strength of an accepted rating. */
    public float strength(float rating) {
        return weight == Weight.BINARY ? 1f : rating;
    }

    /** How many items have at least minSupport interactions in the ratings (counted without building them). */
    public int itemsWithSupport(RatingMatrix ratings, int minSupport) {
        int[] ptr = ratings.itemPointers();
        float[] values = ratings.itemValues();
        int items = 0;
        for (int i = 0; i < ratings.itemCount(); i++) {
            int support = 0;
            for (int p = ptr[i]; p < ptr[i + 1] && support < minSupport; p++) {
                if (accepts(values[p])) {
                    support++;
                }
            }
            items += support >= minSupport ? 1 : 0;
        }
        return items;
    }

    /** The interactions of a rating matrix. */
    public Interactions apply(RatingMatrix ratings) {
        return Interactions.of(ratings, this);
    }

    /** The profile's interactions: accepted items with their strengths (the user index is kept). */
    public Profile apply(Profile profile) {
        int[] items = new int[profile.size()];
        float[] values = new float[profile.size()];
        int n = 0;
        for (int k = 0; k < profile.size(); k++) {
            float r = profile.values()[k];
            if (accepts(r)) {
                items[n] = profile.items()[k];
                values[n++] = strength(r);
            }
        }
        return new Profile(profile.user(), Arrays.copyOf(items, n), Arrays.copyOf(values, n));
    }

    public void write(DataOutput out) throws IOException {
        out.writeDouble(threshold);
        out.writeByte(weight.ordinal());
    }

    public static ImplicitSignal read(DataInput in) throws IOException {
        double threshold = in.readDouble();
        int w = in.readByte();
        if (w < 0 || w >= Weight.values().length) {
            throw new IOException("corrupt interaction weight " + w);
        }
        return new ImplicitSignal(threshold, Weight.values()[w]);
    }
}
