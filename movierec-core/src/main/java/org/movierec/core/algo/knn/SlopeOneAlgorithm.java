package org.movierec.core.algo.knn;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Task;
import org.movierec.core.algo.baseline.BiasAlgorithm;
import org.movierec.core.algo.baseline.BiasModel;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * Weighted Slope One (registry name {@code slopeone}): the average deviation dev(j,i) of item j's
 * ratings from item i's over the users who rated both, precomputed at fit; a prediction for j is
 * Σ (dev(j,i) + r_i)·c(j,i) / Σ c(j,i) over the profile's items i, with c(j,i) the co-support.
 *
 * @param minSupport fewest co-rating users for a deviation to be kept
 * @param modelSize most-supported deviations kept per item
 */
public record SlopeOneAlgorithm(int minSupport, int modelSize) implements Algorithm {
    public static final String NAME = "slopeone";
    private static final int TASKS_PER_CORE = 4;

    /** The registry entry. */
    public static final AlgorithmSpec SPEC = new AlgorithmSpec(NAME,
            "weighted Slope One (average rating deviations between items, weighted by co-support)", Set.of(Task.RATING),
            List.of(ParamSpec.ofInt("min-support", 2, "fewest co-rating users for a deviation to be kept"),
                    ParamSpec.ofInt("model-size", 1000, "most-supported deviations kept per item")),
            p -> new SlopeOneAlgorithm(p.getInt("min-support"), p.getInt("model-size")), SlopeOneModel::read);

    public SlopeOneAlgorithm {
        KnnChecks.positive(NAME, "min-support", minSupport);
        KnnChecks.positive(NAME, "model-size", modelSize);
    }

    /** The defaults. */
    public SlopeOneAlgorithm() {
        this(2, 1000);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("min-support", minSupport);
        p.put("model-size", modelSize);
        return p;
    }

    @Override
    public SlopeOneModel fit(RatingMatrix train, Progress progress) {
        BiasModel bias = BiasModel.fit(train, BiasAlgorithm.DEFAULT_REG_ITEM, BiasAlgorithm.DEFAULT_REG_USER,
                BiasAlgorithm.DEFAULT_EPOCHS, Progress.NONE);
        int nItems = train.itemCount();
        int[] rowPosition = ItemSimilarities.rowPositions(train);
        int[][] lowerItems = new int[nItems][];
        float[][] lowerDeviations = new float[nItems][];
        float[][] lowerSupports = new float[nItems][];
        int tasks = Math.max(1, Math.min(nItems, TASKS_PER_CORE * Runtime.getRuntime().availableProcessors()));
        progress.start("slope one deviations", 2L * nItems);
        IntStream.range(0, tasks).parallel().forEach(t -> {
            float[] count = new float[nItems];
            float[] sum = new float[nItems];
            int[] touched = new int[nItems];
            int done = 0;
            for (int j = t; j < nItems; j += tasks) {
                lowerRow(train, rowPosition, j, count, sum, touched, lowerItems, lowerDeviations, lowerSupports);
                done++;
            }
            progress.step(done);
        });
        // Mirror: dev(i, j) = -dev(j, i) with the same support; row i gets the pairs found in rows j > i, in ascending j.
        int[] upperPtr = new int[nItems + 1];
        for (int[] row : lowerItems) {
            for (int i : row) {
                upperPtr[i + 1]++;
            }
        }
        for (int i = 0; i < nItems; i++) {
            upperPtr[i + 1] += upperPtr[i];
        }
        int[] upperItems = new int[upperPtr[nItems]];
        float[] upperDeviations = new float[upperItems.length];
        float[] upperSupports = new float[upperItems.length];
        int[] next = Arrays.copyOf(upperPtr, nItems);
        for (int j = 0; j < nItems; j++) {
            for (int c = 0; c < lowerItems[j].length; c++) {
                int q = next[lowerItems[j][c]]++;
                upperItems[q] = j;
                upperDeviations[q] = -lowerDeviations[j][c];
                upperSupports[q] = lowerSupports[j][c];
            }
        }
        int[][] rows = new int[nItems][];
        float[][] deviations = new float[nItems][];
        float[][] supports = new float[nItems][];
        IntStream.range(0, tasks).parallel().forEach(t -> {
            int[] items = new int[nItems];
            float[] dev = new float[nItems];
            float[] sup = new float[nItems];
            float[] select = new float[nItems];
            float[] denseSup = new float[nItems];
            long[] bits = new long[(nItems + 63) >>> 6];
            int done = 0;
            for (int j = t; j < nItems; j += tasks) {
                int lower = lowerItems[j].length;
                System.arraycopy(lowerItems[j], 0, items, 0, lower);
                System.arraycopy(lowerDeviations[j], 0, dev, 0, lower);
                System.arraycopy(lowerSupports[j], 0, sup, 0, lower);
                int upper = upperPtr[j + 1] - upperPtr[j];
                System.arraycopy(upperItems, upperPtr[j], items, lower, upper);
                System.arraycopy(upperDeviations, upperPtr[j], dev, lower, upper);
                System.arraycopy(upperSupports, upperPtr[j], sup, lower, upper);
                int kept = Selection.keepLargest(sup, items, dev, lower + upper, modelSize, select);
                finishRow(items, dev, sup, kept, bits, select, denseSup, j, rows, deviations, supports);
                done++;
            }
            progress.step(done);
        });
        progress.done();
        return new SlopeOneModel(bias, new SlopeOneModel.Deviations(NeighbourLists.of(rows, deviations), supportsOf(supports)));
    }

    private static float[] supportsOf(float[][] rows) {
        int n = 0;
        for (float[] r : rows) {
            n += r.length;
        }
        float[] all = new float[n];
        int at = 0;
        for (float[] r : rows) {
            System.arraycopy(r, 0, all, at, r.length);
            at += r.length;
        }
        return all;
    }

    /**
     * Deviations of item j from the items i &lt; j (its raters' rows are walked up to j): the average of
     * r_uj − r_ui and the co-support, for pairs of at least minSupport co-raters.
     */
    private void lowerRow(RatingMatrix train, int[] rowPosition, int j, float[] count, float[] sum, int[] touched,
            int[][] lowerItems, float[][] lowerDeviations, float[][] lowerSupports) {
        int[] itemPtr = train.itemPointers();
        int[] itemUsers = train.itemUsers();
        float[] itemValues = train.itemValues();
        int[] userPtr = train.userPointers();
        int[] userItems = train.userItems();
        float[] userValues = train.userValues();
        int nt = 0;
        for (int p = itemPtr[j]; p < itemPtr[j + 1]; p++) {
            int u = itemUsers[p];
            float x = itemValues[p];
            for (int q = userPtr[u]; q < rowPosition[p]; q++) {
                int i = userItems[q];
                if (count[i] == 0) {
                    touched[nt++] = i;
                }
                count[i] += 1;
                sum[i] += x - userValues[q];
            }
        }
        int kept = 0;
        for (int t = 0; t < nt; t++) {
            if (count[touched[t]] >= minSupport) {
                kept++;
            }
        }
        int[] items = new int[kept];
        float[] deviation = new float[kept];
        float[] support = new float[kept];
        kept = 0;
        for (int t = 0; t < nt; t++) {
            int i = touched[t];
            if (count[i] >= minSupport) {
                items[kept] = i;
                support[kept] = count[i];
                deviation[kept++] = sum[i] / count[i];
            }
            count[i] = 0;
            sum[i] = 0;
        }
        lowerItems[j] = items;
        lowerDeviations[j] = deviation;
        lowerSupports[j] = support;
    }

    /**
     * The kept entries of row j in ascending item order, through a bit set of the kept items;
     * denseDev and denseSup are work arrays indexed by item.
     */
    private static void finishRow(int[] items, float[] dev, float[] sup, int kept, long[] bits, float[] denseDev,
            float[] denseSup, int j, int[][] rows, float[][] deviations, float[][] supports) {
        for (int c = 0; c < kept; c++) {
            int i = items[c];
            bits[i >>> 6] |= 1L << i;
            denseDev[i] = dev[c];
            denseSup[i] = sup[c];
        }
        int[] row = new int[kept];
        float[] d = new float[kept];
        float[] w = new float[kept];
        int out = 0;
        for (int word = 0; word < bits.length && out < kept; word++) {
            long set = bits[word];
            bits[word] = 0;
            while (set != 0) {
                int i = (word << 6) + Long.numberOfTrailingZeros(set);
                row[out] = i;
                d[out] = denseDev[i];
                w[out++] = denseSup[i];
                set &= set - 1;
            }
        }
        rows[j] = row;
        deviations[j] = d;
        supports[j] = w;
    }
}
