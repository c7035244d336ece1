package org.movierec.core.algo.blend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Model;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Cholesky;
import org.movierec.core.util.Progress;

/**
 * A stacked blend (registry name {@code blend}): a ridge regression of the ratings on the
 * predictions of several base algorithms and, when {@code support} is on, on the same predictions
 * times the user's and the item's support (see {@link BlendFeatures}), so that the blend can trust a
 * neighbourhood model more for well-supported items and a factor model more for rare ones. The
 * weights are learnt on out-of-fold predictions from an internal k-fold cross-validation inside
 * the training data (each base is fitted on k-1 folds and predicts the k-th), then every base is
 * fitted on all the training data.
 *
 * @param models the base algorithms, '+'-separated registry names, each optionally with parameters
 *     written NAME/p=v/p=v (e.g. {@code baseline+itemknn+bmf/factors=20})
 * @param folds internal cross-validation folds
 * @param reg ridge penalty on the weights, per training rating
 * @param support whether the features include the predictions times user and item support
 * @param seed seed of the internal fold assignment
 */
public record BlendAlgorithm(String models, int folds, double reg, boolean support, long seed) implements Algorithm {

    public static final String NAME = "blend";

    public BlendAlgorithm {
        if (folds < 2) {
            throw new IllegalArgumentException("folds of blend must be at least 2, not " + folds);
        }
        if (!(reg >= 0)) {
            throw new IllegalArgumentException("reg of blend must not be negative, not " + reg);
        }
        parseBases(models);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("models", models);
        p.put("folds", folds);
        p.put("reg", reg);
        p.put("support", support);
        p.put("seed", seed);
        return p;
    }

    /** The base algorithms named by the models parameter. */
    public List<Algorithm> bases() {
        return parseBases(models);
    }

    private static List<Algorithm> parseBases(String models) {
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        List<Algorithm> bases = new ArrayList<>();
        for (String entry : models.split("\\+")) {
            String text = entry.trim();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("models of blend has an empty entry in '" + models + "'");
            }
            int slash = text.indexOf('/');
            String name = slash < 0 ? text : text.substring(0, slash);
            if (name.equals(NAME)) {
                throw new IllegalArgumentException("a blend cannot be one of its own base models");
            }
            Algorithm base = registry.parse(slash < 0 ? name : name + ":" + text.substring(slash + 1).replace('/', ','));
            bases.add(base);
        }
        return bases;
    }

    @Override
    public BlendModel fit(RatingMatrix train, Progress progress) {
        List<Algorithm> bases = bases();
        int m = bases.size();
        int n = train.size();
        progress.start("blend: fitting " + m + " base models on " + folds + " folds and on all data", (long) (folds + 1) * m);
        int[] foldOf = assignFolds(n);
        double[] predictions = new double[n * m];
        double[] userSupport = new double[n];
        double[] itemSupport = new double[n];
        for (int f = 0; f < folds; f++) {
            boolean[] keep = new boolean[n];
            for (int p = 0; p < n; p++) {
                keep[p] = foldOf[p] != f;
            }
            RatingMatrix sub = train.select(keep);
            supportOfHeldOut(sub, train, foldOf, f, userSupport, itemSupport);
            double fallback = sub.size() == 0 ? train.globalMean() : sub.globalMean();
            for (int b = 0; b < m; b++) {
                Model model = bases.get(b).fit(sub, Progress.NONE);
                predictHeldOut(model, sub, train, foldOf, f, b, m, fallback, predictions);
                progress.step(1);
            }
        }
        BlendFeatures features = new BlendFeatures(m, support);
        double[] weights = ridge(features, predictions, userSupport, itemSupport, train.userValues());
        Model[] models = new Model[m];
        String[] names = new String[m];
        for (int b = 0; b < m; b++) {
            models[b] = bases.get(b).fit(train, Progress.NONE);
            names[b] = bases.get(b).name();
            progress.step(1);
        }
        progress.done();
        float[] itemCounts = new float[train.itemCount()];
        for (int i = 0; i < itemCounts.length; i++) {
            itemCounts[i] = train.itemRatingCount(i);
        }
        return new BlendModel(train.scale(), train.globalMean(), names, models, features, weights, itemCounts);
    }

    private int[] assignFolds(int n) {
        int[] order = new int[n];
        for (int p = 0; p < n; p++) {
            order[p] = p;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int p = n - 1; p > 0; p--) {
            int q = random.nextInt(p + 1);
            int t = order[p];
            order[p] = order[q];
            order[q] = t;
        }
        int[] foldOf = new int[n];
        for (int r = 0; r < n; r++) {
            foldOf[order[r]] = r % folds;
        }
        return foldOf;
    }

    /** Predictions of base b for the ratings of fold f, each user asking with its sub-training profile. */
    private static void predictHeldOut(Model model, RatingMatrix sub, RatingMatrix train, int[] foldOf, int f, int b,
            int m, double fallback, double[] out) {
        int[] ptr = train.userPointers();
        int[] items = train.userItems();
        IntStream.range(0, train.userCount()).parallel().forEach(u -> {
            Profile profile = null;
            for (int p = ptr[u]; p < ptr[u + 1]; p++) {
                if (foldOf[p] != f) {
                    continue;
                }
                if (profile == null) {
                    profile = sub.profile(u);
                }
                double v = model.predict(profile, items[p]);
                out[p * m + b] = Double.isNaN(v) ? fallback : v;
            }
        });
    }

    /** Support of the user and the item of each held-out rating of fold f, counted in the sub-training data. */
    private static void supportOfHeldOut(RatingMatrix sub, RatingMatrix train, int[] foldOf, int f, double[] userSupport,
            double[] itemSupport) {
        int[] ptr = train.userPointers();
        int[] items = train.userItems();
        for (int u = 0; u < train.userCount(); u++) {
            for (int p = ptr[u]; p < ptr[u + 1]; p++) {
                if (foldOf[p] == f) {
                    userSupport[p] = BlendFeatures.support(sub.userRatingCount(u));
                    itemSupport[p] = BlendFeatures.support(sub.itemRatingCount(items[p]));
                }
            }
        }
    }

    /** Weights minimising squared error plus reg·n·|w|² (intercept unpenalised). */
    private double[] ridge(BlendFeatures features, double[] x, double[] userSupport, double[] itemSupport, float[] y) {
        int m = features.models();
        int d = features.size();
        int n = y.length;
        double[] a = new double[d * d];
        double[] b = new double[d];
        double[] row = new double[d];
        double[] base = new double[m];
        for (int p = 0; p < n; p++) {
            System.arraycopy(x, p * m, base, 0, m);
            features.fill(base, userSupport[p], itemSupport[p], row);
            for (int i = 0; i < d; i++) {
                b[i] += row[i] * y[p];
                for (int j = 0; j <= i; j++) {
                    a[i * d + j] += row[i] * row[j];
                }
            }
        }
        a[0] += 1e-9 * Math.max(n, 1);
        for (int i = 1; i < d; i++) {
            a[i * d + i] += reg * Math.max(n, 1) + 1e-9;
        }
        Cholesky.solve(a, d, b);
        return b;
    }
}
