package org.movierec.core.algo.linear;

import java.io.DataInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Task;
import org.movierec.core.algo.implicit.ImplicitSignal;
import org.movierec.core.algo.implicit.Interactions;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.BinaryArrays;
import org.movierec.core.util.Progress;

/**
 * EASE (Steck 2019): the item-item weights B = I − P·diagMat(1/diag(P)) with P = (XᵀX + λI)⁻¹, a
 * closed form. Only items with at least {@code min-support} interactions take part (items without
 * any are left out losslessly: their weights would be zero); the dense inverse needs two n×n float
 * matrices, so at most {@code max-items} items are modelled, the most interacted ones. The others score
 * NaN (the caller's fallback, e.g. popularity in the web app, ranks them); {@link #withMemoryBudget}
 * lowers {@code max-items} to what a memory budget holds.
 *
 * @param signal which ratings count as interactions, and their strength (the values of X)
 * @param lambda L2 regularisation λ (larger for more data or stronger signals)
 * @param dropout emphasised-denoising weight p in [0, 1): item i's regularisation grows by
 *     p/(1−p)·(XᵀX)_ii, as in Steck's EDLAE (NeurIPS 2020), penalising popular items' weights more
 * @param minSupport fewest interactions an item needs to be modelled
 * @param maxItems most items modelled (the most interacted of those with minSupport)
 */
public record EaseAlgorithm(ImplicitSignal signal, double lambda, double dropout, int minSupport, int maxItems) implements Algorithm {
    public static final String NAME = "ease";

    public EaseAlgorithm {
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("lambda of ease must be > 0, was " + lambda);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout of ease must be in [0, 1), was " + dropout);
        }
        if (minSupport < 1) {
            throw new IllegalArgumentException("min-support of ease must be >= 1, was " + minSupport);
        }
        if (maxItems < 1) {
            throw new IllegalArgumentException("max-items of ease must be >= 1, was " + maxItems);
        }
    }

    /** The registry entry. */
    public static AlgorithmSpec spec() {
        List<ParamSpec> params = new ArrayList<>(ImplicitSignal.params());
        params.add(ParamSpec.ofDouble("lambda", 500, "L2 regularisation of the item-item weights"));
        params.add(ParamSpec.ofDouble("dropout", 0, "EDLAE dropout p: adds p/(1-p) * interactions of the item to its regularisation"));
        params.add(ParamSpec.ofInt("min-support", 1, "fewest interactions an item needs to be modelled"));
        params.add(ParamSpec.ofInt("max-items", 20000,
                "most items modelled, the most interacted first (the dense inverse needs 8·n² bytes)"));
        return new AlgorithmSpec(NAME, "EASE linear autoencoder (Steck 2019), closed form", Set.of(Task.RANKING), params,
                p -> new EaseAlgorithm(ImplicitSignal.from(p), p.getDouble("lambda"), p.getDouble("dropout"), p.getInt("min-support"),
                        p.getInt("max-items")),
                EaseAlgorithm::read);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        signal.putParams(p);
        p.put("lambda", lambda);
        p.put("dropout", dropout);
        p.put("min-support", minSupport);
        p.put("max-items", maxItems);
        return p;
    }

    /** This algorithm with max-items lowered to what the budget holds: fitting needs 8·n² bytes, the model 4·n². */
    @Override
    public EaseAlgorithm withMemoryBudget(long bytes) {
        int affordable = SupportedItems.affordable(bytes, 8);
        return affordable >= maxItems ? this : new EaseAlgorithm(signal, lambda, dropout, minSupport, affordable);
    }

    /** Refused when the dense inverse of the items it would model (8·n² bytes) exceeds the whole heap. */
    @Override
    public Optional<String> refusal(RatingMatrix train) {
        long m = Math.min(maxItems, signal.itemsWithSupport(train, minSupport));
        long heap = Runtime.getRuntime().maxMemory();
        return 8 * m * m <= heap ? Optional.empty() : Optional.of("ease would model " + m + " items, needing " + (8 * m * m >> 20)
                + " MB for its dense inverse, more than the heap of " + (heap >> 20) + " MB; lower max-items (at most "
                + SupportedItems.affordable(heap / 2, 8) + " for half the heap) or raise -Xmx");
    }

    @Override
    public EaseModel fit(RatingMatrix train, Progress progress) {
        refusal(train).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        Interactions x = signal.apply(train);
        int items = x.itemCount();
        SupportedItems supported = SupportedItems.of(x, minSupport, maxItems);
        int[] selected = supported.selected();
        int[] sub = supported.sub();
        int m = supported.count();
        progress.start("ease: inverting the " + m + "x" + m + " Gram matrix", 3);
        float[][] g = gram(x, selected, sub, lambda, dropout / (1 - dropout));
        progress.step(1);
        SpdInverse.invert(g);
        progress.step(1);
        float[] inverseDiagonal = new float[m];
        for (int a = 0; a < m; a++) {
            inverseDiagonal[a] = 1f / g[a][a];
        }
        IntStream.range(0, m).parallel().forEach(a -> {
            float[] row = g[a];
            for (int b = 0; b < row.length; b++) {
                row[b] = -row[b] * inverseDiagonal[b];
            }
            row[a] = 0f;
        });
        progress.step(1);
        progress.done();
        return new EaseModel(signal, items, selected, g);
    }

    /** XᵀX + λI + diagMat(w·diag(XᵀX)) over the selected items. */
    static float[][] gram(Interactions x, int[] selected, int[] sub, double lambda, double w) {
        float[][] g = x.gram(selected, sub);
        for (int a = 0; a < g.length; a++) {
            g[a][a] += (float) (lambda + w * g[a][a]);
        }
        return g;
    }

    /** Reads a model written by {@link EaseModel#write}. */
    public static EaseModel read(DataInput in) throws IOException {
        ImplicitSignal signal = ImplicitSignal.read(in);
        int items = in.readInt();
        int[] selected = BinaryArrays.readInts(in);
        float[][] weights = new float[selected.length][];
        for (int a = 0; a < selected.length; a++) {
            weights[a] = BinaryArrays.readFloats(in);
            if (weights[a].length != selected.length) {
                throw new IOException("corrupt ease weights: row of " + weights[a].length + " for " + selected.length + " items");
            }
        }
        return new EaseModel(signal, items, selected, weights);
    }
}
