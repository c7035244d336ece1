package org.movierec.core.algo.knn;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.movierec.core.algo.baseline.BiasModel;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * Item-item similarities at fit time: for every item, in parallel, the sums over the users who rated
 * it and each co-rated item are accumulated by walking the item's column and its raters' rows, then
 * turned into similarities; the best positive ones are kept, as sparse rows in neighbour order.
 */
final class ItemSimilarities {
    /** Items are dealt round-robin to this many tasks per core, for balance without per-item allocation. */
    private static final int TASKS_PER_CORE = 4;

    private ItemSimilarities() {
    }

    /** The values the similarity compares, at each CSR position (byUser) or CSC position (byItem). */
    record Values(float[] byUser, float[] byItem) {
    }

    /** Raw ratings, ratings minus the user's mean, or residuals from the bias baseline, as the measure needs. */
    static Values values(RatingMatrix train, Similarity similarity, BiasModel bias) {
        return switch (similarity) {
            case ADJUSTED_COSINE -> centred(train, userMeans(train), null, null);
            case PEARSON_BASELINE, BASELINE_COSINE -> centred(train, null, null, bias);
            case PEARSON -> centred(train, null, itemMeans(train), null);
            default -> new Values(train.userValues(), train.itemValues());
        };
    }

    static double[] userMeans(RatingMatrix train) {
        int[] ptr = train.userPointers();
        float[] values = train.userValues();
        double mean = train.size() == 0 ? 0 : train.globalMean();
        double[] means = new double[train.userCount()];
        for (int u = 0; u < means.length; u++) {
            double sum = 0;
            for (int k = ptr[u]; k < ptr[u + 1]; k++) {
                sum += values[k];
            }
            means[u] = ptr[u + 1] > ptr[u] ? sum / (ptr[u + 1] - ptr[u]) : mean;
        }
        return means;
    }

    static double[] itemMeans(RatingMatrix train) {
        int[] ptr = train.itemPointers();
        float[] values = train.itemValues();
        double[] means = new double[train.itemCount()];
        for (int i = 0; i < means.length; i++) {
            double sum = 0;
            for (int k = ptr[i]; k < ptr[i + 1]; k++) {
                sum += values[k];
            }
            means[i] = ptr[i + 1] > ptr[i] ? sum / (ptr[i + 1] - ptr[i]) : 0;
        }
        return means;
    }

    /** Ratings minus the user's mean, the item's mean or the bias baseline (whichever is given). */
    private static Values centred(RatingMatrix train, double[] userMeans, double[] itemMeans, BiasModel bias) {
        int[] userPtr = train.userPointers();
        int[] userItems = train.userItems();
        float[] byUser = new float[train.size()];
        for (int u = 0; u < train.userCount(); u++) {
            for (int k = userPtr[u]; k < userPtr[u + 1]; k++) {
                double centre = bias != null ? bias.estimate(bias.trainedUserBias(u), userItems[k])
                        : userMeans != null ? userMeans[u] : itemMeans[userItems[k]];
                byUser[k] = (float) (train.userValues()[k] - centre);
            }
        }
        return new Values(byUser, toColumns(train, byUser));
    }

    /** The CSR-ordered values rearranged into CSC order. */
    static float[] toColumns(RatingMatrix train, float[] byUser) {
        int[] userPtr = train.userPointers();
        int[] userItems = train.userItems();
        int[] next = Arrays.copyOf(train.itemPointers(), train.itemCount());
        float[] byItem = new float[byUser.length];
        for (int u = 0; u < train.userCount(); u++) {
            for (int k = userPtr[u]; k < userPtr[u + 1]; k++) {
                byItem[next[userItems[k]]++] = byUser[k];
            }
        }
        return byItem;
    }

    /**
     * For each item the (at most) keep most similar items with positive similarity and co-support of
     * at least minSupport. Items rated by fewer users than that cannot have such a pair, so the sums
     * run over the other items only, renumbered densely ({@link Eligible}), which also keeps the
     * accumulators small enough for the cache. Each pair is computed once, by the item of higher
     * index (its raters' rows are walked only up to the item itself), then mirrored. When the half
     * rows could outgrow an eighth of the heap (a large catalogue: MovieLens-25M has pairs of most
     * of its 59,000 items), each item's whole row is computed instead and only its best kept: twice
     * the sums, a memory bound of {@code keep} per item, and the same neighbours and similarities
     * bit for bit (a pair's sums are the same products over the same co-raters in the same order).
     */
    static NeighbourLists compute(RatingMatrix train, Values values, Similarity similarity, double shrinkage,
            int minSupport, int keep, Progress progress) {
        return compute(train, values, similarity, shrinkage, minSupport, keep, Runtime.getRuntime().maxMemory() / 8, progress);
    }

    /** As {@link #compute(RatingMatrix, Values, Similarity, double, int, int, Progress)}, with whole rows above halfRowBudget bytes. */
    static NeighbourLists compute(RatingMatrix train, Values values, Similarity similarity, double shrinkage,
            int minSupport, int keep, long halfRowBudget, Progress progress) {
        int least = Math.max(minSupport, shrinkage > 0 ? 2 : 1);
        Eligible e = Eligible.of(train, values, least);
        if (halfRowBytesBound(e) > halfRowBudget) {
            return wholeRows(train, e, similarity, shrinkage, least, keep, progress);
        }
        int nItems = e.itemOf.length;
        int[][] lowerItems = new int[nItems][];
        float[][] lowerSims = new float[nItems][];
        int tasks = Math.max(1, Math.min(nItems, TASKS_PER_CORE * Runtime.getRuntime().availableProcessors()));
        progress.start("item similarities", 2L * nItems);
        IntStream.range(0, tasks).parallel().forEach(t -> {
            Scratch s = new Scratch(nItems, similarity.stride);
            int done = 0;
            for (int i = t; i < nItems; i += tasks) {
                lowerRow(e, similarity, shrinkage, least, i, s, lowerItems, lowerSims);
                done++;
            }
            progress.step(done);
        });
        // Mirror: the pairs (i, j < i) found in row i become entries of row j, in ascending i.
        int[] upperPtr = new int[nItems + 1];
        for (int[] row : lowerItems) {
            for (int j : row) {
                upperPtr[j + 1]++;
            }
        }
        for (int j = 0; j < nItems; j++) {
            upperPtr[j + 1] += upperPtr[j];
        }
        int[] upperItems = new int[upperPtr[nItems]];
        float[] upperSims = new float[upperItems.length];
        int[] next = Arrays.copyOf(upperPtr, nItems);
        for (int i = 0; i < nItems; i++) {
            int[] row = lowerItems[i];
            float[] sims = lowerSims[i];
            for (int c = 0; c < row.length; c++) {
                int q = next[row[c]]++;
                upperItems[q] = i;
                upperSims[q] = sims[c];
            }
        }
        int[][] rows = new int[train.itemCount()][];
        float[][] weights = new float[train.itemCount()][];
        Arrays.fill(rows, new int[0]);
        Arrays.fill(weights, new float[0]);
        IntStream.range(0, tasks).parallel().forEach(t -> {
            Scratch s = new Scratch(nItems, 0);
            int done = 0;
            for (int i = t; i < nItems; i += tasks) {
                int count = lowerItems[i].length;
                System.arraycopy(lowerItems[i], 0, s.candidates, 0, count);
                System.arraycopy(lowerSims[i], 0, s.weights, 0, count);
                int upper = upperPtr[i + 1] - upperPtr[i];
                System.arraycopy(upperItems, upperPtr[i], s.candidates, count, upper);
                System.arraycopy(upperSims, upperPtr[i], s.weights, count, upper);
                finishRow(s, count + upper, keep, e.itemOf, e.itemOf[i], rows, weights);
                done++;
            }
            progress.step(done);
        });
        progress.done();
        return NeighbourLists.of(rows, weights);
    }

    /** At most how many bytes the half rows take: 8 per pair (j, i) with j < i and a co-rater, bounded by i and by the walk. */
    private static long halfRowBytesBound(Eligible e) {
        long pairs = 0;
        for (int i = 0; i < e.itemOf.length; i++) {
            long walked = 0;
            for (int p = e.itemPtr[i]; p < e.itemPtr[i + 1]; p++) {
                walked += e.rowPosition[p] - e.userPtr[e.itemUsers[p]];
            }
            pairs += Math.min(i, walked);
        }
        return 8 * pairs;
    }

    /** The neighbour lists from each item's whole row (all co-rated items), keeping only the best as it goes. */
    private static NeighbourLists wholeRows(RatingMatrix train, Eligible e, Similarity similarity, double shrinkage, int least,
            int keep, Progress progress) {
        int nItems = e.itemOf.length;
        int[][] rows = new int[train.itemCount()][];
        float[][] weights = new float[train.itemCount()][];
        Arrays.fill(rows, new int[0]);
        Arrays.fill(weights, new float[0]);
        int tasks = Math.max(1, Math.min(nItems, TASKS_PER_CORE * Runtime.getRuntime().availableProcessors()));
        progress.start("item similarities (whole rows)", nItems);
        IntStream.range(0, tasks).parallel().forEach(t -> {
            Scratch s = new Scratch(nItems, similarity.stride);
            int done = 0;
            for (int i = t; i < nItems; i += tasks) {
                int count = row(e, similarity, shrinkage, least, i, s, true);
                finishRow(s, count, keep, e.itemOf, e.itemOf[i], rows, weights);
                done++;
            }
            progress.step(done);
        });
        progress.done();
        return NeighbourLists.of(rows, weights);
    }

    /** For each CSC position (item i, user u), the CSR position of the same rating. */
    static int[] rowPositions(RatingMatrix train) {
        return rowPositions(train.userPointers(), train.userItems(), train.itemPointers());
    }

    private static int[] rowPositions(int[] userPtr, int[] userItems, int[] itemPtr) {
        int[] next = Arrays.copyOf(itemPtr, itemPtr.length - 1);
        int[] position = new int[userItems.length];
        for (int u = 0; u < userPtr.length - 1; u++) {
            for (int k = userPtr[u]; k < userPtr[u + 1]; k++) {
                position[next[userItems[k]]++] = k;
            }
        }
        return position;
    }

    /** The positive similarities of (dense) item i with the items j < i. */
    private static void lowerRow(Eligible e, Similarity similarity, double shrinkage, int least, int i, Scratch s,
            int[][] lowerItems, float[][] lowerSims) {
        int count = row(e, similarity, shrinkage, least, i, s, false);
        lowerItems[i] = Arrays.copyOf(s.candidates, count);
        lowerSims[i] = Arrays.copyOf(s.weights, count);
    }

    /**
     * The positive similarities of (dense) item i with the items j < i, or with every other item when whole,
     * into the scratch's candidates and weights; returns how many.
     */
    private static int row(Eligible e, Similarity similarity, double shrinkage, int least, int i, Scratch s, boolean whole) {
        float[] acc = s.acc;
        int touched = 0;
        for (int p = e.itemPtr[i]; p < e.itemPtr[i + 1]; p++) {
            int u = e.itemUsers[p];
            touched = similarity.accumulate(acc, e.byItem[p], e.userItems, e.byUser, e.userPtr[u], e.rowPosition[p],
                    s.touched, touched);
            if (whole) {
                touched = similarity.accumulate(acc, e.byItem[p], e.userItems, e.byUser, e.rowPosition[p] + 1, e.userPtr[u + 1],
                        s.touched, touched);
            }
        }
        int stride = similarity.stride;
        int count = 0;
        for (int t = 0; t < touched; t++) {
            int j = s.touched[t];
            int a = j * stride;
            if (acc[a] >= least && similarity.positive(acc, a)) {
                double sim = similarity.value(acc, a, shrinkage, e.norm[i] * e.norm[j]);
                if (sim > 0) {
                    s.candidates[count] = j;
                    s.weights[count++] = (float) sim;
                }
            }
            acc[a] = 0;
        }
        return count;
    }

    /**
     * Keeps the best of the row's candidates and puts them in neighbour order, through a bit set of the
     * kept items (a scan of nItems/64 words instead of a sort).
     */
    private static void finishRow(Scratch s, int candidates, int keep, int[] itemOf, int item, int[][] rows,
            float[][] weights) {
        int count = Selection.keepLargest(s.weights, s.candidates, null, candidates, keep, s.select);
        long[] bits = s.bits;
        float[] byItem = s.select;
        for (int c = 0; c < count; c++) {
            int j = s.candidates[c];
            bits[j >>> 6] |= 1L << j;
            byItem[j] = s.weights[c];
        }
        int[] row = new int[count];
        float[] w = new float[count];
        int out = 0;
        for (int word = 0; word < bits.length && out < count; word++) {
            long set = bits[word];
            bits[word] = 0;
            while (set != 0) {
                int j = (word << 6) + Long.numberOfTrailingZeros(set);
                row[out] = itemOf[j];
                w[out++] = byItem[j];
                set &= set - 1;
            }
        }
        rows[item] = row;
        weights[item] = w;
    }

    /**
     * The ratings of the items rated by at least a given number of users, those items renumbered
     * 0..m-1 in ascending order (so rows stay sorted): CSR and CSC arrays with the compared values,
     * for each CSC position the CSR position of the same rating, and each item's norm (of all its values).
     */
    private record Eligible(int[] itemOf, int[] userPtr, int[] userItems, float[] byUser, int[] itemPtr,
            int[] itemUsers, float[] byItem, int[] rowPosition, double[] norm) {

        static Eligible of(RatingMatrix train, Values values, int least) {
            int[] itemPtr = train.itemPointers();
            int[] dense = new int[train.itemCount()];
            int m = 0;
            for (int i = 0; i < dense.length; i++) {
                dense[i] = itemPtr[i + 1] - itemPtr[i] >= least ? m++ : -1;
            }
            int[] itemOf = new int[m];
            int[] densePtr = new int[m + 1];
            for (int i = 0; i < dense.length; i++) {
                if (dense[i] >= 0) {
                    itemOf[dense[i]] = i;
                    densePtr[dense[i] + 1] = densePtr[dense[i]] + itemPtr[i + 1] - itemPtr[i];
                }
            }
            int[] itemUsers = new int[densePtr[m]];
            float[] byItem = new float[itemUsers.length];
            for (int d = 0; d < m; d++) {
                int i = itemOf[d];
                System.arraycopy(train.itemUsers(), itemPtr[i], itemUsers, densePtr[d], densePtr[d + 1] - densePtr[d]);
                System.arraycopy(values.byItem(), itemPtr[i], byItem, densePtr[d], densePtr[d + 1] - densePtr[d]);
            }
            int[] userPtr = train.userPointers();
            int[] userItems = train.userItems();
            int[] denseUserPtr = new int[userPtr.length];
            int[] denseItems = new int[itemUsers.length];
            float[] byUser = new float[itemUsers.length];
            int n = 0;
            for (int u = 0; u < userPtr.length - 1; u++) {
                for (int k = userPtr[u]; k < userPtr[u + 1]; k++) {
                    int d = dense[userItems[k]];
                    if (d >= 0) {
                        denseItems[n] = d;
                        byUser[n++] = values.byUser()[k];
                    }
                }
                denseUserPtr[u + 1] = n;
            }
            double[] norm = new double[m];
            for (int d = 0; d < m; d++) {
                double squares = 0;
                for (int q = densePtr[d]; q < densePtr[d + 1]; q++) {
                    squares += (double) byItem[q] * byItem[q];
                }
                norm[d] = Math.sqrt(squares);
            }
            return new Eligible(itemOf, denseUserPtr, denseItems, byUser, densePtr, itemUsers, byItem,
                    rowPositions(denseUserPtr, denseItems, densePtr), norm);
        }
    }

    /** Work arrays of one task. */
    private static final class Scratch {
        final float[] acc;
        final int[] touched;
        final int[] candidates;
        final float[] weights;
        final float[] select;
        final long[] bits;

        Scratch(int items, int stride) {
            acc = new float[items * stride];
            touched = new int[items];
            candidates = new int[items];
            weights = new float[items];
            select = new float[items];
            bits = new long[(items + 63) >>> 6];
        }
    }
}
