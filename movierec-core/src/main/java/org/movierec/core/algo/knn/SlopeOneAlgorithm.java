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
            List.of(ParamSpec.ofInt("min-support", 1, "fewest co-rating users for a deviation to be kept"),
                    ParamSpec.ofInt("model-size", 1000, "most-supported deviations kept per item")),
            p -> new SlopeOneAlgorithm(p.getInt("min-support"), p.getInt("model-size")), SlopeOneModel::read);

    public SlopeOneAlgorithm {
        KnnChecks.positive(NAME, "min-support", minSupport);
        KnnChecks.positive(NAME, "model-size", modelSize);
    }

    /** The defaults. */
    public SlopeOneAlgorithm() {
        this(1, 1000);
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
        int[][] rows = new int[nItems][];
        float[][] deviations = new float[nItems][];
        float[][] supports = new float[nItems][];
        int tasks = Math.max(1, Math.min(nItems, TASKS_PER_CORE * Runtime.getRuntime().availableProcessors()));
        progress.start("slope one deviations", nItems);
        IntStream.range(0, tasks).parallel().forEach(t -> {
            float[] count = new float[nItems];
            float[] sum = new float[nItems];
            int[] touched = new int[nItems];
            float[] select = new float[nItems];
            int done = 0;
            for (int j = t; j < nItems; j += tasks) {
                row(train, j, count, sum, touched, select, rows, deviations, supports);
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

    /** Deviations of item j from every co-rated item i: Σ (r_uj − r_ui) and the co-support. */
    private void row(RatingMatrix train, int j, float[] count, float[] sum, int[] touched, float[] select, int[][] rows,
            float[][] deviations, float[][] supports) {
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
            for (int q = userPtr[u]; q < userPtr[u + 1]; q++) {
                int i = userItems[q];
                if (count[i] == 0) {
                    touched[nt++] = i;
                }
                count[i] += 1;
                sum[i] += x - userValues[q];
            }
        }
        int kept = 0;
        float[] support = new float[nt];
        float[] deviation = new float[nt];
        int[] items = new int[nt];
        for (int t = 0; t < nt; t++) {
            int i = touched[t];
            if (i != j && count[i] >= minSupport) {
                items[kept] = i;
                support[kept] = count[i];
                deviation[kept++] = sum[i] / count[i];
            }
            count[i] = 0;
            sum[i] = 0;
        }
        kept = Selection.keepLargest(support, items, deviation, kept, modelSize, select);
        long[] order = new long[kept];
        for (int c = 0; c < kept; c++) {
            order[c] = ((long) items[c] << 32) | c;
        }
        Arrays.sort(order);
        int[] row = new int[kept];
        float[] dev = new float[kept];
        float[] sup = new float[kept];
        for (int c = 0; c < kept; c++) {
            int from = (int) order[c];
            row[c] = items[from];
            dev[c] = deviation[from];
            sup[c] = support[from];
        }
        rows[j] = row;
        deviations[j] = dev;
        supports[j] = sup;
    }
}
