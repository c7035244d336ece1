package org.movierec.core.algo.linear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Task;
import org.movierec.core.algo.implicit.ImplicitSignal;
import org.movierec.core.algo.implicit.Interactions;
import org.movierec.core.algo.implicit.SparseItemModel;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * SLIM (Ning and Karypis 2011): for every item j, non-negative weights w minimising
 * ½‖x_j − X·w‖² + l1·‖w‖₁ + ½·l2·‖w‖² with w_j = 0, by cyclic coordinate descent on the Gram matrix
 * XᵀX (each coordinate step is closed-form soft-thresholding; the product XᵀX·w is kept up to date
 * as weights change). Items are solved in parallel, each in a fixed order, so the model does not
 * depend on the thread count. The sparse weights are stored by row for scoring. Only items with at
 * least {@code min-support} interactions are modelled (a sweep costs O(n²) for n modelled items):
 * the others get no weights, to or from them, and score 0, below every item with a positive score.
 *
 * @param l1 L1 penalty: larger gives sparser weights
 * @param l2 L2 penalty
 * @param iterations coordinate-descent sweeps per item
 * @param minSupport fewest interactions an item needs to be modelled
 * @param maxItems most items modelled, the most interacted first: the Gram matrix is dense
 */
public record SlimAlgorithm(ImplicitSignal signal, double l1, double l2, int iterations, int minSupport, int maxItems)
        implements Algorithm {
    public static final String NAME = "slim";

    public SlimAlgorithm {
        if (!(l1 >= 0) || !(l2 > 0)) {
            throw new IllegalArgumentException("slim needs l1 >= 0 and l2 > 0");
        }
        if (iterations < 1 || maxItems < 1) {
            throw new IllegalArgumentException("slim needs iterations >= 1 and max-items >= 1");
        }
        if (minSupport < 1) {
            throw new IllegalArgumentException("min-support of slim must be >= 1, was " + minSupport);
        }
    }

    /** The registry entry. */
    public static AlgorithmSpec spec() {
        List<ParamSpec> params = new ArrayList<>(ImplicitSignal.params());
        params.add(ParamSpec.ofDouble("l1", 0.1, "L1 penalty on the item-item weights (sparsity)"));
        params.add(ParamSpec.ofDouble("l2", 300, "L2 penalty on the item-item weights"));
        params.add(ParamSpec.ofInt("iterations", 10, "coordinate-descent sweeps per item"));
        params.add(ParamSpec.ofInt("min-support", 10, "fewest interactions an item needs to be modelled"));
        params.add(ParamSpec.ofInt("max-items", 20000, "most items modelled, the most interacted first (the Gram matrix needs 4·n² bytes)"));
        return new AlgorithmSpec(NAME, "SLIM sparse linear model (Ning and Karypis 2011), elastic-net coordinate descent",
                Set.of(Task.RANKING), params,
                p -> new SlimAlgorithm(ImplicitSignal.from(p), p.getDouble("l1"), p.getDouble("l2"), p.getInt("iterations"),
                        p.getInt("min-support"), p.getInt("max-items")),
                SparseItemModel::read);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        signal.putParams(p);
        p.put("l1", l1);
        p.put("l2", l2);
        p.put("iterations", iterations);
        p.put("min-support", minSupport);
        p.put("max-items", maxItems);
        return p;
    }

    @Override
    public SparseItemModel fit(RatingMatrix train, Progress progress) {
        Interactions x = signal.apply(train);
        int items = x.itemCount();
        SupportedItems supported = SupportedItems.of(x, minSupport, maxItems);
        int[] selected = supported.selected();
        int[] sub = supported.sub();
        int m = supported.count();
        float[][] g = EaseAlgorithm.gram(x, selected, sub, 0, 0);
        int count = m;
        int[][] colItems = new int[m][];
        float[][] colWeights = new float[m][];
        progress.start("slim", m);
        IntStream.range(0, m).parallel().forEach(j -> {
            float[] w = solveColumn(g, j);
            int nonZero = 0;
            for (float v : w) {
                if (v != 0) {
                    nonZero++;
                }
            }
            int[] idx = new int[nonZero];
            float[] val = new float[nonZero];
            int k = 0;
            for (int a = 0; a < count; a++) {
                if (w[a] != 0) {
                    idx[k] = a;
                    val[k++] = w[a];
                }
            }
            colItems[j] = idx;
            colWeights[j] = val;
            progress.step(1);
        });
        progress.done();
        return byRow(colItems, colWeights, selected, items);
    }

    /** Coordinate descent for one column j of the weights (dense, over the modelled items). */
    float[] solveColumn(float[][] g, int j) {
        int m = g.length;
        float[] w = new float[m];
        float[] gw = new float[m];
        float[] target = g[j];
        for (int sweep = 0; sweep < iterations; sweep++) {
            float change = 0;
            for (int k = 0; k < m; k++) {
                if (k == j) {
                    continue;
                }
                float[] gk = g[k];
                float rho = target[k] - gw[k] + gk[k] * w[k];
                float next = rho > l1 ? (float) ((rho - l1) / (gk[k] + l2)) : 0f;
                float delta = next - w[k];
                if (delta != 0) {
                    w[k] = next;
                    for (int a = 0; a < m; a++) {
                        gw[a] += delta * gk[a];
                    }
                    change = Math.max(change, Math.abs(delta));
                }
            }
            if (change < 1e-5f) {
                break;
            }
        }
        return w;
    }

    /** The column solutions regrouped by row (item i → items j with W[i][j] ≠ 0), in the full item index space. */
    private SparseItemModel byRow(int[][] colItems, float[][] colWeights, int[] selected, int items) {
        int[] counts = new int[items];
        for (int[] col : colItems) {
            for (int a : col) {
                counts[selected[a]]++;
            }
        }
        int[][] rows = new int[items][];
        float[][] weights = new float[items][];
        for (int i = 0; i < items; i++) {
            rows[i] = new int[counts[i]];
            weights[i] = new float[counts[i]];
        }
        int[] fill = new int[items];
        for (int j = 0; j < colItems.length; j++) {
            for (int k = 0; k < colItems[j].length; k++) {
                int i = selected[colItems[j][k]];
                rows[i][fill[i]] = selected[j];
                weights[i][fill[i]++] = colWeights[j][k];
            }
        }
        return new SparseItemModel(signal, rows, weights);
    }
}
