package org.movierec.core.algo.knn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.PayloadVersion;
import org.movierec.core.algo.baseline.BiasModel;
import org.movierec.core.data.Profile;
import org.movierec.core.util.BinaryArrays;

/**
 * A trained item-based kNN model: truncated neighbour lists of every item, the bias baseline and the
 * items' rating moments. A prediction takes the profile's rated items found in the target's neighbour
 * list, keeps the k most similar, and aggregates their ratings by the prediction mode. With no such
 * neighbour (an item without training ratings, an empty profile, no overlap) the prediction is the
 * bias baseline μ + b_u + b_i. Predictions are clamped into the training scale and never NaN.
 *
 * <p>A batch whose items' neighbour lists are longer than the profile's columns of them (plus one read
 * per catalogue item) is scored with the whole catalogue from the profile's side: each rated item's
 * column of the neighbour lists (the items that keep it as a neighbour) adds its weighted residual to
 * those items' sums, in the order a single prediction adds them, so the scores are the same; only
 * items with more than k such neighbours select them one by one.
 *
 * <p>The prepared ratings of the last profile seen by each thread are kept, so that predicting a
 * user's items one by one prepares the profile once; profiles must not be modified once passed in.
 * Immutable otherwise, and thread-safe.
 */
public final class ItemKnnModel implements Model {
    private static final int PAYLOAD_VERSION = 1;
    /** Batches of at least this many items look the profile up in a dense array instead of merging. */
    private static final int DENSE_BATCH = 16;
    private final int k;
    private final PredictionMode mode;
    private final double damping;
    private final BiasModel bias;
    private final Moments moments;
    private final NeighbourLists neighbours;
    /** The neighbour lists by neighbour: column j holds the items keeping j (ascending) and j's weight there. */
    private final NeighbourLists keptBy;
    private final int longestRow;
    private final ThreadLocal<Request> recent = new ThreadLocal<>();

    ItemKnnModel(int k, PredictionMode mode, double damping, BiasModel bias, Moments moments, NeighbourLists neighbours) {
        this.k = k;
        this.mode = mode;
        this.damping = damping;
        this.bias = bias;
        this.moments = moments;
        this.neighbours = neighbours;
        int longest = 0;
        for (int r = 0; r < neighbours.rows(); r++) {
            longest = Math.max(longest, neighbours.ptr()[r + 1] - neighbours.ptr()[r]);
        }
        this.longestRow = longest;
        this.keptBy = transpose(neighbours);
    }

    private static NeighbourLists transpose(NeighbourLists lists) {
        int rows = lists.rows();
        int[] ptr = lists.ptr();
        int[] nb = lists.neighbours();
        float[] w = lists.weights();
        int[] tptr = new int[rows + 1];
        for (int q = 0; q < nb.length; q++) {
            tptr[nb[q] + 1]++;
        }
        for (int r = 0; r < rows; r++) {
            tptr[r + 1] += tptr[r];
        }
        int[] next = Arrays.copyOf(tptr, rows);
        int[] items = new int[nb.length];
        float[] weights = new float[nb.length];
        for (int r = 0; r < rows; r++) {
            for (int q = ptr[r]; q < ptr[r + 1]; q++) {
                int at = next[nb[q]]++;
                items[at] = r;
                weights[at] = w[q];
            }
        }
        return new NeighbourLists(tptr, items, weights);
    }

    /** Number of item-item similarities kept. */
    public int neighbourCount() {
        return neighbours.size();
    }

    /** The similarity of item b as a neighbour of item a, or 0 if not kept. */
    public float similarity(int a, int b) {
        int[] ptr = neighbours.ptr();
        int pos = Arrays.binarySearch(neighbours.neighbours(), ptr[a], ptr[a + 1], b);
        return pos >= 0 ? neighbours.weights()[pos] : 0f;
    }

    @Override
    public int itemCount() {
        return neighbours.rows();
    }

    /** The profile's ratings as residuals of the prediction mode, with the user's bias. */
    private final class Request {
        final Profile profile;
        final int[] items;
        final float[] residuals;
        final double userBias;
        float[] dense;
        final float[] weights;
        final int[] positions;
        final float[] values;
        final float[] select;

        Request(Profile profile) {
            this.profile = profile;
            userBias = bias.userBias(profile);
            int n = 0;
            int[] pi = profile.items();
            float[] pv = profile.values();
            while (n < pi.length && pi[n] < itemCount()) {
                n++;
            }
            items = Arrays.copyOf(pi, n);
            residuals = new float[n];
            for (int j = 0; j < n; j++) {
                residuals[j] = (float) residual(items[j], pv[j]);
            }
            int room = Math.min(n, longestRow);
            weights = new float[room];
            positions = new int[room];
            values = new float[room];
            select = new float[room];
        }

        private double residual(int item, float r) {
            return switch (mode) {
                case PLAIN -> r;
                case MEAN_CENTRED -> r - moments.means()[item];
                case Z_SCORE -> (r - moments.means()[item]) / moments.deviations()[item];
                case BASELINE -> r - bias.estimate(userBias, item);
            };
        }

        void useDenseLookup() {
            if (dense == null) {
                dense = new float[itemCount()];
                Arrays.fill(dense, Float.NaN);
                for (int j = 0; j < items.length; j++) {
                    dense[items[j]] = residuals[j];
                }
            }
        }

        /** The profile's items in the target's neighbour list, in neighbour order; returns their count. */
        int matches(int target) {
            int[] ptr = neighbours.ptr();
            int[] nb = neighbours.neighbours();
            float[] w = neighbours.weights();
            int count = 0;
            if (dense != null) {
                for (int q = ptr[target]; q < ptr[target + 1]; q++) {
                    float r = dense[nb[q]];
                    if (!Float.isNaN(r)) {
                        weights[count] = w[q];
                        positions[count] = nb[q];
                        values[count++] = r;
                    }
                }
                return count;
            }
            int q = ptr[target];
            int end = ptr[target + 1];
            int j = 0;
            while (q < end && j < items.length) {
                int a = nb[q];
                int b = items[j];
                if (a < b) {
                    q++;
                } else if (a > b) {
                    j++;
                } else {
                    weights[count] = w[q];
                    positions[count] = a;
                    values[count++] = residuals[j];
                    q++;
                    j++;
                }
            }
            return count;
        }

        double predict(int target) {
            int count = Selection.keepLargest(weights, positions, values, matches(target), k, select);
            double sumWeights = 0;
            double sum = 0;
            for (int c = 0; c < count; c++) {
                sumWeights += weights[c];
                sum += weights[c] * values[c];
            }
            return aggregate(target, sumWeights, sum);
        }

        /** Number of neighbour-list entries that predicting the items one by one reads. */
        long itemSideReads(int[] targets) {
            long reads = 0;
            for (int t : targets) {
                reads += neighbours.ptr()[t + 1] - neighbours.ptr()[t];
            }
            return reads;
        }

        /** Number of entries and items that {@link #predictAll} reads. */
        long profileSideReads() {
            long reads = itemCount();
            for (int item : items) {
                reads += keptBy.ptr()[item + 1] - keptBy.ptr()[item];
            }
            return reads;
        }

        /**
         * Predictions of every item into out, from the profile's columns of the neighbour lists: each
         * item's sums are added in ascending neighbour order, as {@link #predict} adds them.
         */
        void predictAll(float[] out) {
            int n = itemCount();
            int[] counts = new int[n];
            double[] sumWeights = new double[n];
            double[] sums = new double[n];
            int[] ptr = keptBy.ptr();
            int[] kept = keptBy.neighbours();
            float[] w = keptBy.weights();
            for (int j = 0; j < items.length; j++) {
                float residual = residuals[j];
                for (int q = ptr[items[j]]; q < ptr[items[j] + 1]; q++) {
                    int t = kept[q];
                    counts[t]++;
                    sumWeights[t] += w[q];
                    sums[t] += w[q] * residual;
                }
            }
            for (int t = 0; t < n; t++) {
                out[t] = (float) (counts[t] > k ? predict(t) : aggregate(t, sumWeights[t], sums[t]));
            }
        }

        private double aggregate(int target, double sumWeights, double sum) {
            double estimate = bias.estimate(userBias, target);
            if (sumWeights <= 0) {
                return bias.clamp(estimate);
            }
            double mean = sum / (sumWeights + (mode == PredictionMode.PLAIN ? 0 : damping));
            double p = switch (mode) {
                case PLAIN -> mean;
                case MEAN_CENTRED -> moments.means()[target] + mean;
                case Z_SCORE -> moments.means()[target] + moments.deviations()[target] * mean;
                case BASELINE -> estimate + mean;
            };
            return bias.clamp(p);
        }
    }

    /** The request of the profile, reused while a thread keeps asking about the same profile. */
    private Request request(Profile profile) {
        Request r = recent.get();
        if (r == null || r.profile != profile) {
            r = new Request(profile);
            recent.set(r);
        }
        return r;
    }

    @Override
    public double predict(Profile user, int item) {
        return (float) request(user).predict(item);
    }

    @Override
    public void score(Profile user, int[] items, float[] out) {
        Request request = request(user);
        if (items.length >= DENSE_BATCH) {
            request.useDenseLookup();
            if (request.itemSideReads(items) > request.profileSideReads()) {
                float[] all = new float[itemCount()];
                request.predictAll(all);
                for (int j = 0; j < items.length; j++) {
                    out[j] = all[items[j]];
                }
                return;
            }
        }
        for (int j = 0; j < items.length; j++) {
            out[j] = (float) request.predict(items[j]);
        }
    }

    @Override
    public Explanation explain(Profile user, int item) {
        Request request = request(user);
        int count = Selection.keepLargest(request.weights, request.positions, request.values, request.matches(item), k,
                request.select);
        List<Explanation.Reason> reasons = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            reasons.add(Explanation.Reason.item(request.positions[c], request.weights[c]));
        }
        reasons.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        return new Explanation("neighbours", reasons);
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(PAYLOAD_VERSION);
        out.writeInt(k);
        out.writeUTF(mode.label());
        out.writeDouble(damping);
        bias.write(out);
        BinaryArrays.writeFloats(out, moments.means());
        BinaryArrays.writeFloats(out, moments.deviations());
        neighbours.write(out);
    }

    static ItemKnnModel read(DataInput in) throws IOException {
        PayloadVersion.check(in, ItemKnnAlgorithm.NAME, PAYLOAD_VERSION);
        int k = in.readInt();
        PredictionMode mode = PredictionMode.of(in.readUTF());
        double damping = in.readDouble();
        BiasModel bias = BiasModel.read(in);
        Moments moments = new Moments(BinaryArrays.readFloats(in), BinaryArrays.readFloats(in));
        NeighbourLists neighbours = NeighbourLists.read(in);
        if (k < 1 || bias.itemCount() != neighbours.rows() || moments.means().length != neighbours.rows()) {
            throw new IllegalArgumentException("inconsistent item kNN model");
        }
        return new ItemKnnModel(k, mode, damping, bias, moments, neighbours);
    }
}
