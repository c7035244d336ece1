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
 * Sparse item feature vectors of at most unit length (CSR over items, and its transpose: each feature's
 * postings) and the names of the features. A user's score for an item is the dot product of the
 * item's vector and the unit profile vector (the cosine scaled by the item's length: facts it lacks
 * are no evidence against it), the profile vector being the sum of the rated items' vectors weighted by
 * {@link Weighting}; it is folded in from the profile on every request, so trained and new users are
 * treated alike. Scoring walks only the postings of the profile's features. NaN for an item without
 * features, and for every item when the profile vector is zero (an empty profile, or rated items
 * without features).
 */
public final class ContentModel extends RankingModel {
    private static final int EXPLAIN_REASONS = 5;

    private final Weighting weighting;
    private final int[] ptr;
    private final int[] cols;
    private final float[] vals;
    private final String[] names;
    private final byte[] kinds;
    private final int[] postingPtr;
    private final int[] postingItems;
    private final float[] postingVals;
    /** 0 for an item with features, NaN without: the start of every score array. */
    private final float[] unscored;

    ContentModel(Weighting weighting, int[] ptr, int[] cols, float[] vals, String[] names, byte[] kinds) {
        this.weighting = weighting;
        this.ptr = ptr;
        this.cols = cols;
        this.vals = vals;
        this.names = names;
        this.kinds = kinds;
        int items = ptr.length - 1;
        postingPtr = new int[names.length + 1];
        for (int j = 0; j < ptr[items]; j++) {
            postingPtr[cols[j] + 1]++;
        }
        for (int c = 0; c < names.length; c++) {
            postingPtr[c + 1] += postingPtr[c];
        }
        postingItems = new int[ptr[items]];
        postingVals = new float[ptr[items]];
        int[] next = Arrays.copyOf(postingPtr, names.length);
        unscored = new float[items];
        for (int i = 0; i < items; i++) {
            unscored[i] = ptr[i + 1] > ptr[i] ? 0 : Float.NaN;
            for (int j = ptr[i]; j < ptr[i + 1]; j++) {
                postingItems[next[cols[j]]] = i;
                postingVals[next[cols[j]]++] = vals[j];
            }
        }
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

    /** A sparse vector over the features: ascending feature indices and their weights. */
    private record FeatureVector(int[] features, double[] weights) {
        /** The weight of the feature; 0 when absent. */
        double weight(int feature) {
            int k = Arrays.binarySearch(features, feature);
            return k >= 0 ? weights[k] : 0;
        }
    }

    /** The profile's vector over the features, scaled to unit length; null when it is zero. */
    private FeatureVector profileVector(Profile user) {
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
        int entries = 0;
        for (int item : items) {
            entries += item >= 0 && item < itemCount() ? ptr[item + 1] - ptr[item] : 0;
        }
        // (feature, entry) pairs sorted by feature gather each feature's contributions
        long[] byFeature = new long[entries];
        double[] contributions = new double[entries];
        int n = 0;
        for (int k = 0; k < items.length; k++) {
            int item = items[k];
            if (item >= 0 && item < itemCount()) {
                for (int j = ptr[item]; j < ptr[item + 1]; j++) {
                    byFeature[n] = (long) cols[j] << 32 | n;
                    contributions[n++] = weights[k] * vals[j];
                }
            }
        }
        Arrays.sort(byFeature);
        int[] features = new int[entries];
        double[] sums = new double[entries];
        int distinct = 0;
        for (long entry : byFeature) {
            int feature = (int) (entry >>> 32);
            double contribution = contributions[(int) entry];
            if (distinct > 0 && features[distinct - 1] == feature) {
                sums[distinct - 1] += contribution;
            } else {
                features[distinct] = feature;
                sums[distinct++] = contribution;
            }
        }
        double norm = 0;
        for (int d = 0; d < distinct; d++) {
            norm += sums[d] * sums[d];
        }
        if (!(norm > 0)) {
            return null;
        }
        double inverse = 1 / Math.sqrt(norm);
        for (int d = 0; d < distinct; d++) {
            sums[d] *= inverse;
        }
        return new FeatureVector(Arrays.copyOf(features, distinct), Arrays.copyOf(sums, distinct));
    }

    /**
     * out[i] = cosine of item i with the unit vector q, summed in double from the postings of q's
     * features; NaN without features.
     */
    private void scoreInto(FeatureVector q, float[] out) {
        double[] sums = new double[unscored.length];
        for (int d = 0; d < q.features().length; d++) {
            int feature = q.features()[d];
            double w = q.weights()[d];
            for (int j = postingPtr[feature]; j < postingPtr[feature + 1]; j++) {
                sums[postingItems[j]] += w * postingVals[j];
            }
        }
        for (int i = 0; i < sums.length; i++) {
            out[i] = unscored[i] + (float) sums[i];
        }
    }

    @Override
    public void scoreAll(Profile user, float[] out) {
        FeatureVector p = profileVector(user);
        if (p == null) {
            Arrays.fill(out, 0, itemCount(), Float.NaN);
        } else {
            scoreInto(p, out);
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
        double[] weights = new double[ptr[item + 1] - ptr[item]];
        for (int j = ptr[item]; j < ptr[item + 1]; j++) {
            weights[j - ptr[item]] = vals[j];
        }
        float[] scores = new float[itemCount()];
        scoreInto(new FeatureVector(Arrays.copyOfRange(cols, ptr[item], ptr[item + 1]), weights), scores);
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
        FeatureVector p = items.length == 0 ? null : profileVector(user);
        List<Explanation> out = new ArrayList<>(items.length);
        for (int item : items) {
            out.add(p == null || !hasFeatures(item) ? Explanation.none("content") : explain(p, item));
        }
        return out;
    }

    private Explanation explain(FeatureVector p, int item) {
        List<Explanation.Reason> reasons = new ArrayList<>();
        int count = ptr[item + 1] - ptr[item];
        int[] order = new int[count];
        float[] parts = new float[count];
        for (int j = 0; j < count; j++) {
            order[j] = j;
            parts[j] = (float) (vals[ptr[item] + j] * p.weight(cols[ptr[item] + j]));
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
