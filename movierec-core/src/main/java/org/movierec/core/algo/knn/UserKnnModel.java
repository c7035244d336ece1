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
 * A trained user-based kNN model: the training ratings by item, the bias baseline and the users'
 * rating moments. For a profile, its similarity to every training user is computed from the items
 * both rated (no user-user matrix is stored); a prediction for an item aggregates the ratings of the
 * k most similar users who rated it. A profile carrying a training index never counts its own
 * training user as a neighbour. With no neighbour the prediction is the bias baseline; predictions
 * are clamped into the training scale and never NaN.
 *
 * <p>A batch whose items have more raters than the similar users have ratings is scored with the whole
 * catalogue at once, from the similar users' side: only their ratings are read (by user), not every
 * rater of every item. Each prediction keeps the same
 * neighbours and adds the same terms in the same order as a single one, so the scores are the same.
 *
 * <p>The similarities of the last profile seen by each thread are kept, so that predicting a user's
 * items one by one costs one similarity computation; profiles must not be modified once passed in.
 * Immutable otherwise, and thread-safe.
 */
public final class UserKnnModel implements Model {
    private static final int PAYLOAD_VERSION = 1;
    private final int k;
    private final Similarity similarity;
    private final double shrinkage;
    private final int minSupport;
    private final PredictionMode mode;
    private final double damping;
    private final BiasModel bias;
    private final Moments users;
    private final int[] itemPtr;
    private final int[] itemUsers;
    private final float[] itemValues;
    /** The values the similarity compares, at each CSC position. */
    private final float[] compared;
    private final int busiestItem;
    /** The training ratings by user (the transpose of itemPtr, itemUsers, itemValues). */
    private final int[] userPtr;
    private final int[] userItems;
    private final float[] userValues;
    private final ThreadLocal<Neighbourhood> recent = new ThreadLocal<>();

    UserKnnModel(UserKnnAlgorithm params, BiasModel bias, Moments users, int[] itemPtr, int[] itemUsers, float[] itemValues) {
        this.k = params.k();
        this.similarity = params.similarity();
        this.shrinkage = params.shrinkage();
        this.minSupport = params.minSupport();
        this.mode = params.prediction();
        this.damping = params.damping();
        this.bias = bias;
        this.users = users;
        this.itemPtr = itemPtr;
        this.itemUsers = itemUsers;
        this.itemValues = itemValues;
        int busiest = 0;
        compared = new float[itemValues.length];
        for (int i = 0; i + 1 < itemPtr.length; i++) {
            busiest = Math.max(busiest, itemPtr[i + 1] - itemPtr[i]);
            for (int q = itemPtr[i]; q < itemPtr[i + 1]; q++) {
                int v = itemUsers[q];
                compared[q] = switch (similarity) {
                    case PEARSON -> itemValues[q] - users.means()[v];
                    case PEARSON_BASELINE -> (float) (itemValues[q] - bias.estimate(bias.trainedUserBias(v), i));
                    default -> itemValues[q];
                };
            }
        }
        busiestItem = busiest;
        int userCount = users.means().length;
        userPtr = new int[userCount + 1];
        for (int v : itemUsers) {
            userPtr[v + 1]++;
        }
        for (int v = 0; v < userCount; v++) {
            userPtr[v + 1] += userPtr[v];
        }
        int[] next = Arrays.copyOf(userPtr, userCount);
        userItems = new int[itemUsers.length];
        userValues = new float[itemUsers.length];
        for (int i = 0; i + 1 < itemPtr.length; i++) {
            for (int q = itemPtr[i]; q < itemPtr[i + 1]; q++) {
                int at = next[itemUsers[q]]++;
                userItems[at] = i;
                userValues[at] = itemValues[q];
            }
        }
    }

    @Override
    public int itemCount() {
        return itemPtr.length - 1;
    }

    /** The profile's similarity to every training user (0 where none), with its user bias and moments. */
    private final class Neighbourhood {
        final Profile profile;
        final float[] sims;
        final double userBias;
        final float mean;
        final float deviation;
        final float[] weights = new float[busiestItem];
        final int[] positions = new int[busiestItem];
        final float[] select = new float[busiestItem];
        /** Number of ratings of the similar users: the reads of {@link #predictAll}. */
        long similarRatings;
        /** Once {@link #predictAll} ran: each similar user's rank, and each item's rank of its k-th neighbour. */
        int[] rank;
        int[] lastRank;

        Neighbourhood(Profile profile) {
            this.profile = profile;
            userBias = bias.userBias(profile);
            float[] moments = Moments.ofValues(profile.values(), bias.globalMean());
            mean = moments[0];
            deviation = moments[1];
            int userCount = users.means().length;
            sims = new float[userCount];
            int[] items = profile.items();
            float[] values = profile.values();
            if (items.length == 0) {
                return;
            }
            float[] acc = new float[userCount * similarity.stride];
            int[] touched = new int[userCount];
            int count = 0;
            for (int j = 0; j < items.length && items[j] < itemCount(); j++) {
                int item = items[j];
                float x = switch (similarity) {
                    case PEARSON -> values[j] - mean;
                    case PEARSON_BASELINE -> (float) (values[j] - bias.estimate(userBias, item));
                    default -> values[j];
                };
                count = similarity.accumulate(acc, x, itemUsers, compared, itemPtr[item], itemPtr[item + 1], touched, count);
            }
            int least = Math.max(minSupport, shrinkage > 0 ? 2 : 1);
            for (int t = 0; t < count; t++) {
                int v = touched[t];
                int a = v * similarity.stride;
                if (v != profile.user() && acc[a] >= least && similarity.positive(acc, a)) {
                    double s = similarity.value(acc, a, shrinkage, Double.NaN);
                    if (s > 0) {
                        sims[v] = (float) s;
                        similarRatings += userPtr[v + 1] - userPtr[v];
                    }
                }
            }
        }

        /** The neighbours' CSC positions for the target in positions[0..count), best kept; returns count. */
        int neighbours(int target) {
            int count = 0;
            if (lastRank != null) {
                int last = lastRank[target];
                for (int q = itemPtr[target]; q < itemPtr[target + 1]; q++) {
                    int v = itemUsers[q];
                    if (sims[v] > 0 && rank[v] <= last) {
                        weights[count] = sims[v];
                        positions[count++] = q;
                    }
                }
                return count;
            }
            for (int q = itemPtr[target]; q < itemPtr[target + 1]; q++) {
                float s = sims[itemUsers[q]];
                if (s > 0) {
                    weights[count] = s;
                    positions[count++] = q;
                }
            }
            return Selection.keepLargest(weights, positions, null, count, k, select);
        }

        double predict(int target) {
            int count = neighbours(target);
            double sumWeights = 0;
            double sum = 0;
            for (int c = 0; c < count; c++) {
                int q = positions[c];
                sumWeights += weights[c];
                sum += weights[c] * residual(itemUsers[q], itemValues[q], target);
            }
            return aggregate(target, sumWeights, sum);
        }

        /**
         * Predictions of every item into out. The similar users' ratings, read in the order in which
         * {@link #neighbours} prefers them (similarity descending, then user index), give each item
         * its first k raters; those ratings are then added to the items' sums in ascending user order,
         * as {@link #predict} adds them. The ranks are kept, so that {@link #neighbours} (explanations,
         * predictions) then finds the same k without selecting them.
         */
        void predictAll(float[] out) {
            int n = itemCount();
            int similar = 0;
            long[] keys = new long[sims.length];
            for (int v = 0; v < sims.length; v++) {
                if (sims[v] > 0) {
                    keys[similar++] = (long) (Integer.MAX_VALUE - Float.floatToIntBits(sims[v])) << 32 | v;
                }
            }
            Arrays.sort(keys, 0, similar);
            int[] counts = new int[n];
            int[] rank = new int[sims.length];
            int[] lastRank = new int[n];
            Arrays.fill(lastRank, Integer.MAX_VALUE);
            int[] start = new int[similar + 1];
            int[] kept = new int[1024];
            int size = 0;
            for (int r = 0; r < similar; r++) {
                int v = (int) keys[r];
                rank[v] = r;
                start[r] = size;
                int from = userPtr[v];
                int to = userPtr[v + 1];
                if (kept.length - size < to - from) {
                    kept = Arrays.copyOf(kept, Math.max(2 * kept.length, size + to - from));
                }
                for (int q = from; q < to; q++) {
                    int item = userItems[q];
                    int c = counts[item];
                    int more = (c - k) >>> 31; // 1 while the item has fewer than k neighbours: no branch to mispredict
                    counts[item] = c + more;
                    kept[size] = q;
                    size += more;
                    if (c == k - 1) {
                        lastRank[item] = r;
                    }
                }
            }
            this.rank = rank;
            this.lastRank = lastRank;
            start[similar] = size;
            double[] sumWeights = new double[n];
            double[] sums = new double[n];
            for (int v = 0; v < sims.length; v++) {
                float s = sims[v];
                if (s > 0) {
                    int r = rank[v];
                    for (int e = start[r]; e < start[r + 1]; e++) {
                        int q = kept[e];
                        int item = userItems[q];
                        sumWeights[item] += s;
                        sums[item] += s * residual(v, userValues[q], item);
                    }
                }
            }
            for (int item = 0; item < n; item++) {
                out[item] = (float) aggregate(item, sumWeights[item], sums[item]);
            }
        }

        private double aggregate(int target, double sumWeights, double sum) {
            double estimate = bias.estimate(userBias, target);
            if (sumWeights <= 0) {
                return bias.clamp(estimate);
            }
            double average = sum / (sumWeights + (mode == PredictionMode.PLAIN ? 0 : damping));
            return bias.clamp(switch (mode) {
                case PLAIN -> average;
                case MEAN_CENTRED -> mean + average;
                case Z_SCORE -> mean + deviation * average;
                case BASELINE -> estimate + average;
            });
        }
    }

    /** The rating r of training user v for the target, as the prediction mode aggregates it. */
    private double residual(int v, float r, int target) {
        return switch (mode) {
            case PLAIN -> r;
            case MEAN_CENTRED -> r - users.means()[v];
            case Z_SCORE -> (r - users.means()[v]) / users.deviations()[v];
            case BASELINE -> r - bias.estimate(bias.trainedUserBias(v), target);
        };
    }

    private Neighbourhood neighbourhood(Profile profile) {
        Neighbourhood n = recent.get();
        if (n == null || n.profile != profile) {
            n = new Neighbourhood(profile);
            recent.set(n);
        }
        return n;
    }

    @Override
    public double predict(Profile user, int item) {
        return (float) neighbourhood(user).predict(item);
    }

    @Override
    public void score(Profile user, int[] items, float[] out) {
        Neighbourhood n = neighbourhood(user);
        long raters = 0;
        for (int item : items) {
            raters += itemPtr[item + 1] - itemPtr[item];
        }
        if (raters > n.similarRatings) {
            float[] all = new float[itemCount()];
            n.predictAll(all);
            for (int j = 0; j < items.length; j++) {
                out[j] = all[items[j]];
            }
            return;
        }
        for (int j = 0; j < items.length; j++) {
            out[j] = (float) n.predict(items[j]);
        }
    }

    /** The similar users who rated the item, as features "user:INDEX" (training index) weighted by similarity. */
    @Override
    public Explanation explain(Profile user, int item) {
        Neighbourhood n = neighbourhood(user);
        int count = n.neighbours(item);
        List<Explanation.Reason> reasons = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            reasons.add(Explanation.Reason.feature("user:" + itemUsers[n.positions[c]], n.weights[c]));
        }
        reasons.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        return new Explanation("similar-users", reasons);
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(PAYLOAD_VERSION);
        out.writeInt(k);
        out.writeUTF(similarity.label());
        out.writeDouble(shrinkage);
        out.writeInt(minSupport);
        out.writeUTF(mode.label());
        out.writeDouble(damping);
        bias.write(out);
        BinaryArrays.writeFloats(out, users.means());
        BinaryArrays.writeFloats(out, users.deviations());
        BinaryArrays.writeInts(out, itemPtr);
        BinaryArrays.writeInts(out, itemUsers);
        BinaryArrays.writeFloats(out, itemValues);
    }

    static UserKnnModel read(DataInput in) throws IOException {
        PayloadVersion.check(in, UserKnnAlgorithm.NAME, PAYLOAD_VERSION);
        UserKnnAlgorithm params = new UserKnnAlgorithm(in.readInt(), Similarity.of(in.readUTF()), in.readDouble(),
                in.readInt(), PredictionMode.of(in.readUTF()), in.readDouble());
        BiasModel bias = BiasModel.read(in);
        Moments users = new Moments(BinaryArrays.readFloats(in), BinaryArrays.readFloats(in));
        int[] itemPtr = BinaryArrays.readInts(in);
        int[] itemUsers = BinaryArrays.readInts(in);
        float[] itemValues = BinaryArrays.readFloats(in);
        if (itemPtr.length != bias.itemCount() + 1 || itemUsers.length != itemValues.length
                || itemPtr[itemPtr.length - 1] != itemUsers.length) {
            throw new IllegalArgumentException("inconsistent user kNN model");
        }
        for (int i = 0; i + 1 < itemPtr.length; i++) {
            for (int q = itemPtr[i]; q < itemPtr[i + 1]; q++) {
                int v = itemUsers[q];
                if (v < 0 || v >= users.means().length) {
                    throw new IllegalArgumentException("user index " + v + " out of range in user kNN model");
                }
                if (q > itemPtr[i] && v <= itemUsers[q - 1]) {
                    throw new IllegalArgumentException("raters of item " + i + " not in ascending order in user kNN model");
                }
            }
        }
        return new UserKnnModel(params, bias, users, itemPtr, itemUsers, itemValues);
    }
}
