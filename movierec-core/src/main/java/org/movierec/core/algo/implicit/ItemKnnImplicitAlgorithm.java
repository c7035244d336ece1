package org.movierec.core.algo.implicit;

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
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.algo.Task;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Cholesky;
import org.movierec.core.util.Progress;
import org.movierec.core.util.TopK;

/**
 * Item-based kNN on implicit data. The similarity of item j to a rated item i is the asymmetric
 * cosine of Aiolli (2013), co(i, j) / (n_i^alpha · n_j^(1−alpha)) with co the strength-weighted
 * co-occurrence, each user's share divided by (the user's interaction count)^user-penalty (the
 * random-walk normalisation of RP3, Paudel et al. 2016; 0: plain co-occurrence), and n the item's
 * sum of squared strengths (alpha = 0.5 is the cosine), further divided by n_j^popularity-penalty
 * (RP3beta's popularity re-ranking: alpha = 1, user-penalty = 1 and popularity-penalty = beta give
 * Paudel et al.'s RP3beta with its alpha = 1), damped by c/(c + shrink) for c users in common, raised to
 * {@code exponent} to favour close neighbours. Each item keeps only its {@code neighbours} most
 * similar items. With {@code interpolation} = 0 the kept similarities are scaled to sum to 1 (the
 * similarity normalisation of Deshpande and Karypis 2004) and a profile scores item j by
 * Σ_i s_i·sim(i, j) over its interactions i whose lists hold j. With {@code interpolation} = λ > 0
 * the neighbours N(j) of each item j are weighted jointly instead, as in the interpolation weights of
 * Bell and Koren (ICDM 2007): w = (X_Nᵀ X_N + λI)⁻¹ X_Nᵀ x_j, the ridge regression of j's interactions
 * on its neighbours' (so two neighbours that always co-occur share their evidence instead of counting
 * it twice), and a profile scores j by Σ_i s_i·w_ij over its interactions i in N(j). The Gram matrix
 * XᵀX is then held densely (4·n² bytes for n items with interactions) while fitting, and more than
 * {@code maxItems} such items are refused. Items are computed in parallel, each in a fixed order.
 */
public record ItemKnnImplicitAlgorithm(ImplicitSignal signal, int neighbours, double alpha, double exponent, double userPenalty,
        double popularityPenalty, double shrink, double interpolation, int maxItems)
        implements Algorithm {
    public static final String NAME = "itemknn-implicit";

    public ItemKnnImplicitAlgorithm {
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours of itemknn-implicit must be >= 1, was " + neighbours);
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha of itemknn-implicit must be in [0, 1], was " + alpha);
        }
        if (!(userPenalty >= 0)) {
            throw new IllegalArgumentException("user-penalty of itemknn-implicit must be >= 0, was " + userPenalty);
        }
        if (!(popularityPenalty >= 0)) {
            throw new IllegalArgumentException("popularity-penalty of itemknn-implicit must be >= 0, was " + popularityPenalty);
        }
        if (!(shrink >= 0)) {
            throw new IllegalArgumentException("shrink of itemknn-implicit must be >= 0, was " + shrink);
        }
        if (!(exponent > 0)) {
            throw new IllegalArgumentException("exponent of itemknn-implicit must be > 0, was " + exponent);
        }
        if (!(interpolation >= 0) || Double.isInfinite(interpolation)) {
            throw new IllegalArgumentException("interpolation of itemknn-implicit must be a number >= 0, was " + interpolation);
        }
        if (maxItems < 1) {
            throw new IllegalArgumentException("max-items of itemknn-implicit must be >= 1, was " + maxItems);
        }
    }

    /** The registry entry. */
    public static AlgorithmSpec spec() {
        List<ParamSpec> params = new ArrayList<>(ImplicitSignal.params(ImplicitSignal.Weight.BINARY));
        params.add(ParamSpec.ofInt("neighbours", 200, "most similar items kept per item"));
        params.add(ParamSpec.ofDouble("alpha", 1, "asymmetric-cosine weight of the rated item's norm (0.5: cosine)"));
        params.add(ParamSpec.ofDouble("exponent", 1, "similarities are raised to this power"));
        params.add(ParamSpec.ofDouble("user-penalty", 1, "a user's co-occurrences count 1 / (interactions)^user-penalty"));
        params.add(ParamSpec.ofDouble("popularity-penalty", 0.7, "similarities to item j are divided by n_j^popularity-penalty"));
        params.add(ParamSpec.ofDouble("shrink", 10, "similarities are multiplied by c / (c + shrink) for c users in common"));
        params.add(ParamSpec.ofDouble("interpolation", 500,
                "ridge penalty of the neighbours' joint interpolation weights (0: similarities scaled to sum to 1)"));
        params.add(ParamSpec.ofInt("max-items", 20000,
                "most items with interactions for interpolation weights (the dense Gram matrix needs 4·n² bytes); more is refused"));
        return new AlgorithmSpec(NAME, "item-based kNN on implicit interactions (asymmetric cosine)", Set.of(Task.RANKING),
                params, p -> new ItemKnnImplicitAlgorithm(ImplicitSignal.from(p), p.getInt("neighbours"),
                        p.getDouble("alpha"), p.getDouble("exponent"), p.getDouble("user-penalty"),
                        p.getDouble("popularity-penalty"), p.getDouble("shrink"), p.getDouble("interpolation"),
                        p.getInt("max-items")),
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
        p.put("neighbours", neighbours);
        p.put("alpha", alpha);
        p.put("exponent", exponent);
        p.put("user-penalty", userPenalty);
        p.put("popularity-penalty", popularityPenalty);
        p.put("shrink", shrink);
        p.put("interpolation", interpolation);
        p.put("max-items", maxItems);
        return p;
    }

    /** With interpolation weights, more than max-items items with interactions (the dense Gram matrix) is refused. */
    @Override
    public Optional<String> refusal(RatingMatrix train) {
        if (interpolation <= 0) {
            return Optional.empty();
        }
        long m = signal.itemsWithSupport(train, 1);
        return m <= maxItems ? Optional.empty() : Optional.of("itemknn-implicit with interpolation weights would hold the Gram matrix of "
                + m + " items, needing " + (4L * m * m >> 20) + " MB; raise max-items, or use interpolation=0 (similarity weights)");
    }

    @Override
    public SparseItemModel fit(RatingMatrix train, Progress progress) {
        Interactions x = signal.apply(train);
        int items = x.itemCount();
        double[] norm = new double[items];
        int[] iPtr = x.itemPointers();
        float[] iValues = x.itemValues();
        for (int i = 0; i < items; i++) {
            for (int p = iPtr[i]; p < iPtr[i + 1]; p++) {
                norm[i] += (double) iValues[p] * iValues[p];
            }
        }
        int[][] lists = new int[items][];
        float[][] sims = new float[items][];
        int[] uPtr = x.userPointers();
        int[] uItems = x.userItems();
        float[] uValues = x.userValues();
        int[] iUsers = x.itemUsers();
        float[] userWeight = new float[x.userCount()];
        for (int u = 0; u < userWeight.length; u++) {
            userWeight[u] = (float) Math.pow(Math.max(1, uPtr[u + 1] - uPtr[u]), -userPenalty);
        }
        float[][] gram = null;
        int[] sub = new int[items];
        if (interpolation > 0) {
            refusal(train).ifPresent(reason -> {
                throw new IllegalArgumentException(reason);
            });
            int[] selected = new int[items];
            int m = 0;
            for (int i = 0; i < items; i++) {
                sub[i] = x.itemSupport(i) > 0 ? m : -1;
                if (sub[i] >= 0) {
                    selected[m++] = i;
                }
            }
            gram = x.gram(Arrays.copyOf(selected, m), sub);
        }
        float[][] g = gram;
        int chunk = 32;
        progress.start("itemknn-implicit", items);
        IntStream.range(0, (items + chunk - 1) / chunk).parallel().forEach(c -> {
            int most = Math.min(neighbours, items);
            double[] system = g == null ? null : new double[most * most];
            float[] co = new float[items];
            int[] common = new int[items];
            int[] touched = new int[items];
            for (int i = c * chunk; i < Math.min(items, (c + 1) * chunk); i++) {
                int n = 0;
                for (int p = iPtr[i]; p < iPtr[i + 1]; p++) {
                    int u = iUsers[p];
                    float v = iValues[p] * userWeight[u];
                    for (int q = uPtr[u]; q < uPtr[u + 1]; q++) {
                        int j = uItems[q];
                        if (co[j] == 0) {
                            touched[n++] = j;
                        }
                        co[j] += v * uValues[q];
                        common[j]++;
                    }
                }
                TopK top = new TopK(Math.min(neighbours, n));
                double ni = Math.pow(norm[i], alpha);
                for (int k = 0; k < n; k++) {
                    int j = touched[k];
                    if (j != i) {
                        double s = co[j] / (ni * Math.pow(norm[j], 1 - alpha + popularityPenalty))
                                * common[j] / (common[j] + shrink);
                        top.offer(j, (float) Math.pow(s, exponent));
                    }
                    co[j] = 0;
                    common[j] = 0;
                }
                List<ScoredItem> best = top.result();
                int[] list = new int[best.size()];
                float[] sim = new float[best.size()];
                for (int k = 0; k < list.length; k++) {
                    list[k] = best.get(k).item();
                }
                if (g == null) {
                    double total = 0;
                    for (int k = 0; k < list.length; k++) {
                        total += best.get(k).score();
                    }
                    double scale = total > 0 ? 1 / total : 1;
                    for (int k = 0; k < list.length; k++) {
                        sim[k] = (float) (best.get(k).score() * scale);
                    }
                } else if (list.length > 0) {
                    interpolate(g, sub, i, list, system, sim);
                }
                lists[i] = list;
                sims[i] = sim;
            }
            progress.step(Math.min(items, (c + 1) * chunk) - c * chunk);
        });
        progress.done();
        return g == null ? new SparseItemModel(signal, lists, sims) : predictorsByRow(lists, sims);
    }

    /**
     * The interpolation weights of item j's neighbours into w: the solution of (G_NN + λI)·w = G_Nj
     * by a Cholesky factorisation in double precision, in the scratch matrix a (row-major n×n).
     */
    private void interpolate(float[][] g, int[] sub, int j, int[] list, double[] a, float[] w) {
        int n = list.length;
        float[] gj = g[sub[j]];
        double[] b = new double[n];
        for (int r = 0; r < n; r++) {
            float[] gr = g[sub[list[r]]];
            for (int c = 0; c <= r; c++) {
                a[r * n + c] = gr[sub[list[c]]];
            }
            a[r * n + r] += interpolation;
            b[r] = gj[sub[list[r]]];
        }
        Cholesky.solve(a, n, b);
        for (int r = 0; r < n; r++) {
            w[r] = (float) b[r];
        }
    }

    /** Item j's predictors N(j) with their weights, regrouped by predictor (item i → the items j it helps predict). */
    private SparseItemModel predictorsByRow(int[][] predictors, float[][] weights) {
        int items = predictors.length;
        int[] counts = new int[items];
        for (int[] list : predictors) {
            for (int i : list) {
                counts[i]++;
            }
        }
        int[][] rows = new int[items][];
        float[][] rowWeights = new float[items][];
        for (int i = 0; i < items; i++) {
            rows[i] = new int[counts[i]];
            rowWeights[i] = new float[counts[i]];
        }
        int[] fill = new int[items];
        for (int j = 0; j < items; j++) {
            for (int k = 0; k < predictors[j].length; k++) {
                int i = predictors[j][k];
                rows[i][fill[i]] = j;
                rowWeights[i][fill[i]++] = weights[j][k];
            }
        }
        return new SparseItemModel(signal, rows, rowWeights);
    }
}
