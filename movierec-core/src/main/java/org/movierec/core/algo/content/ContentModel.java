package org.movierec.core.algo.content;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.algo.content.ContentAlgorithm.Weighting;
import org.movierec.core.algo.implicit.RankingModel;
import org.movierec.core.data.ItemFeatures.Kind;
import org.movierec.core.data.Profile;
import org.movierec.core.util.BinaryArrays;
import org.movierec.core.util.TopK;

/**
 * Unit-length sparse item feature vectors (CSR over items) and the names of the features. A user's
 * score for an item is the cosine between the item's vector and the profile vector, the sum of the
 * rated items' vectors weighted by {@link Weighting}; it is folded in from the profile on every
 * request, so trained and new users are treated alike. NaN for an item without features, and for
 * every item when the profile vector is zero (an empty profile, or rated items without features).
 */
public final class ContentModel extends RankingModel {
    private static final int EXPLAIN_REASONS = 5;

    private final Weighting weighting;
    private final int[] ptr;
    private final int[] cols;
    private final float[] vals;
    private final String[] names;
    private final byte[] kinds;

    ContentModel(Weighting weighting, int[] ptr, int[] cols, float[] vals, String[] names, byte[] kinds) {
        this.weighting = weighting;
        this.ptr = ptr;
        this.cols = cols;
        this.vals = vals;
        this.names = names;
        this.kinds = kinds;
    }

    @Override
    public int itemCount() {
        return ptr.length - 1;
    }

    /** Number of features (vector dimensions) kept at fit. */
    public int featureCount() {
        return names.length;
    }

    /** True if the item has at least one feature (so it can be scored). */
    public boolean hasFeatures(int item) {
        return item >= 0 && item < itemCount() && ptr[item + 1] > ptr[item];
    }

    /** The profile's vector over the features, scaled to unit length; null when it is zero. */
    private double[] profileVector(Profile user) {
        int[] items = user.items();
        float[] values = user.values();
        double[] weights = new double[items.length];
        boolean any = false;
        if (weighting == Weighting.CENTRED) {
            double mean = user.mean();
            for (int k = 0; k < items.length; k++) {
                weights[k] = values[k] - mean;
                any |= weights[k] != 0;
            }
        }
        if (!any) {
            Arrays.fill(weights, 1);
        }
        double[] p = new double[names.length];
        boolean nonZero = false;
        for (int k = 0; k < items.length; k++) {
            int item = items[k];
            if (item < 0 || item >= itemCount()) {
                continue;
            }
            for (int j = ptr[item]; j < ptr[item + 1]; j++) {
                p[cols[j]] += weights[k] * vals[j];
                nonZero = true;
            }
        }
        if (!nonZero) {
            return null;
        }
        double norm = 0;
        for (double v : p) {
            norm += v * v;
        }
        if (!(norm > 0)) {
            return null;
        }
        double inverse = 1 / Math.sqrt(norm);
        for (int f = 0; f < p.length; f++) {
            p[f] *= inverse;
        }
        return p;
    }

    private float dot(int item, double[] p) {
        double s = 0;
        for (int j = ptr[item]; j < ptr[item + 1]; j++) {
            s += vals[j] * p[cols[j]];
        }
        return (float) s;
    }

    @Override
    public void scoreAll(Profile user, float[] out) {
        double[] p = profileVector(user);
        for (int i = 0; i < itemCount(); i++) {
            out[i] = p == null || ptr[i + 1] == ptr[i] ? Float.NaN : dot(i, p);
        }
    }

    /** Cosine similarity of two items' feature vectors; NaN when either has no features. */
    public double similarity(int a, int b) {
        if (!hasFeatures(a) || !hasFeatures(b)) {
            return Double.NaN;
        }
        double s = 0;
        int x = ptr[a];
        int y = ptr[b];
        while (x < ptr[a + 1] && y < ptr[b + 1]) {
            if (cols[x] == cols[y]) {
                s += (double) vals[x++] * vals[y++];
            } else if (cols[x] < cols[y]) {
                x++;
            } else {
                y++;
            }
        }
        return s;
    }

    /**
     * The n items most similar to the item by content (cosine of feature vectors), best first, among
     * those the candidate filter accepts; never the item itself. Empty when the item has no features.
     */
    public List<ScoredItem> similarItems(int item, int n, IntPredicate candidate) {
        if (!hasFeatures(item)) {
            return List.of();
        }
        double[] query = new double[names.length];
        for (int j = ptr[item]; j < ptr[item + 1]; j++) {
            query[cols[j]] = vals[j];
        }
        float[] scores = new float[itemCount()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = ptr[i + 1] == ptr[i] ? Float.NaN : dot(i, query);
        }
        return TopK.selectIndices(scores, n, i -> i != item && candidate.test(i));
    }

    /**
     * Kind "content": the item's features that agree most with the profile, e.g. "directed by Ridley
     * Scott", "Drama", "1990s", each with its part of the cosine.
     */
    @Override
    public Explanation explain(Profile user, int item) {
        return explain(user, new int[] {item}).get(0);
    }

    /** Explains every item from one profile vector. */
    @Override
    public List<Explanation> explain(Profile user, int[] items) {
        double[] p = items.length == 0 ? null : profileVector(user);
        List<Explanation> out = new ArrayList<>(items.length);
        for (int item : items) {
            out.add(p == null || !hasFeatures(item) ? Explanation.none("content") : explain(p, item));
        }
        return out;
    }

    private Explanation explain(double[] p, int item) {
        List<Explanation.Reason> reasons = new ArrayList<>();
        int count = ptr[item + 1] - ptr[item];
        int[] order = new int[count];
        float[] parts = new float[count];
        for (int j = 0; j < count; j++) {
            order[j] = j;
            parts[j] = (float) (vals[ptr[item] + j] * p[cols[ptr[item] + j]]);
        }
        for (ScoredItem best : TopK.select(order, parts, EXPLAIN_REASONS)) {
            if (best.score() <= 0) {
                break;
            }
            reasons.add(Explanation.Reason.feature(label(cols[ptr[item] + best.item()]), best.score()));
        }
        return new Explanation("content", reasons);
    }

    /** The item's features as people read them ("directed by X", "Drama", "1990s"), strongest first. */
    public List<String> describe(int item) {
        if (!hasFeatures(item)) {
            return List.of();
        }
        int count = ptr[item + 1] - ptr[item];
        int[] order = new int[count];
        float[] weights = new float[count];
        for (int j = 0; j < count; j++) {
            order[j] = j;
            weights[j] = vals[ptr[item] + j];
        }
        List<String> out = new ArrayList<>();
        for (ScoredItem s : TopK.select(order, weights, count)) {
            out.add(label(cols[ptr[item] + s.item()]));
        }
        return out;
    }

    private String label(int feature) {
        String name = names[feature];
        return switch (Kind.values()[kinds[feature]]) {
            case GENRE, DECADE -> name;
            case TAG -> "tagged '" + name + "'";
            case DIRECTOR -> "directed by " + name;
            case WRITER -> "written by " + name;
            case CAST -> "starring " + name;
            case KEYWORD -> "about '" + name + "'";
        };
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(ContentAlgorithm.payloadVersion());
        out.writeByte(weighting.ordinal());
        BinaryArrays.writeInts(out, ptr);
        BinaryArrays.writeInts(out, cols);
        BinaryArrays.writeFloats(out, vals);
        out.writeInt(names.length);
        for (int c = 0; c < names.length; c++) {
            out.writeByte(kinds[c]);
            out.writeUTF(names[c]);
        }
    }
}
