package org.movierec.core.algo.popular;

import java.io.DataInput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * Most-popular items, the same list for everyone.
 *
 * @param signal which ratings count as interactions
 * @param by {@link By#COUNT}: number of interactions; {@link By#RATING}: Bayesian-average rating
 * @param prior for {@code by=rating}, the number of global-mean pseudo-ratings each item starts with
 */
public record PopularAlgorithm(ImplicitSignal signal, By by, double prior) implements Algorithm {

    /** What popularity means. */
    public enum By {
        /** Number of interactions. */
        COUNT,
        /** Bayesian-average rating: (prior · global mean + sum of ratings) / (prior + count). */
        RATING
    }

    public static final String NAME = "popular";

    public PopularAlgorithm {
        if (!(prior >= 0)) {
            throw new IllegalArgumentException("prior of popular must be >= 0, was " + prior);
        }
    }

    /** The registry entry. */
    public static AlgorithmSpec spec() {
        List<ParamSpec> params = new ArrayList<>(ImplicitSignal.thresholdParam());
        params.add(ParamSpec.ofChoice("by", "count", "rank by number of interactions or by Bayesian-average rating",
                "count", "rating"));
        params.add(ParamSpec.ofDouble("prior", 10, "by=rating: pseudo-ratings at the global mean added to every item"));
        return new AlgorithmSpec(NAME, "most popular items (by interactions or Bayesian-average rating), the top-N floor",
                Set.of(Task.RANKING), params,
                p -> new PopularAlgorithm(ImplicitSignal.binary(p), By.valueOf(p.getString("by").toUpperCase(Locale.ROOT)),
                        p.getDouble("prior")),
                PopularAlgorithm::read);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        signal.putThreshold(p);
        p.put("by", by.name().toLowerCase(Locale.ROOT));
        p.put("prior", prior);
        return p;
    }

    @Override
    public PopularModel fit(RatingMatrix train, Progress progress) {
        Interactions x = signal.apply(train);
        int items = train.itemCount();
        float[] scores = new float[items];
        if (by == By.COUNT) {
            for (int i = 0; i < items; i++) {
                scores[i] = x.itemSupport(i);
            }
            return new PopularModel(scores, false);
        }
        int[] ptr = train.itemPointers();
        float[] values = train.itemValues();
        double total = 0;
        long count = 0;
        double[] sums = new double[items];
        int[] counts = new int[items];
        for (int i = 0; i < items; i++) {
            for (int k = ptr[i]; k < ptr[i + 1]; k++) {
                if (signal.accepts(values[k])) {
                    sums[i] += values[k];
                    counts[i]++;
                }
            }
            total += sums[i];
            count += counts[i];
        }
        double mean = count == 0 ? 0 : total / count;
        for (int i = 0; i < items; i++) {
            scores[i] = (float) ((prior * mean + sums[i]) / (prior + counts[i]));
            if (prior == 0 && counts[i] == 0) {
                scores[i] = Float.NaN;
            }
        }
        return new PopularModel(scores, true);
    }

    static PopularModel read(DataInput in) throws IOException {
        boolean rating = in.readBoolean();
        return new PopularModel(BinaryArrays.readFloats(in), rating);
    }
}
