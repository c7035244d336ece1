package org.movierec.core.algo.sequential;

import java.io.DataInput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmSpec;
import org.movierec.core.algo.ParamSpec;
import org.movierec.core.algo.Task;
import org.movierec.core.algo.implicit.ImplicitSignal;
import org.movierec.core.algo.linear.EaseAlgorithm;
import org.movierec.core.algo.linear.EaseModel;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * Sequence-aware top-N: an EASE item model (what the whole profile says) blended with item-to-item
 * transitions from each user's rating order (what the latest ratings say), see the package description.
 *
 * @param lambda L2 regularisation of the EASE item model
 * @param minSupport fewest interactions an item needs to be in the EASE item model
 * @param window ratings around each rating (by position) that count as its sources, and latest ratings of a profile used
 * @param decay weight factor per time step between a source and its target
 * @param blend share of the transition part in the score (0: EASE alone, 1: transitions alone)
 */
public record SequentialAlgorithm(double lambda, int minSupport, int window, double decay, double blend) implements Algorithm {
    public static final String NAME = "sequential";
    private static final int MAX_ITEMS = 20000;

    public SequentialAlgorithm {
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("lambda of sequential must be > 0, was " + lambda);
        }
        if (minSupport < 1) {
            throw new IllegalArgumentException("min-support of sequential must be >= 1, was " + minSupport);
        }
        if (window < 1) {
            throw new IllegalArgumentException("window of sequential must be >= 1, was " + window);
        }
        if (!(decay > 0 && decay <= 1)) {
            throw new IllegalArgumentException("decay of sequential must be in (0, 1], was " + decay);
        }
        if (!(blend >= 0 && blend <= 1)) {
            throw new IllegalArgumentException("blend of sequential must be in [0, 1], was " + blend);
        }
    }

    /** The registry entry. */
    public static AlgorithmSpec spec() {
        List<ParamSpec> params = List.of(
                ParamSpec.ofDouble("lambda", 500, "L2 regularisation of the EASE item model"),
                ParamSpec.ofInt("min-support", 1, "fewest interactions an item needs to be in the EASE item model"),
                ParamSpec.ofInt("window", 10, "ratings around each rating that count as its sources; latest ratings of a profile used"),
                ParamSpec.ofDouble("decay", 0.8, "weight factor per time step between a source rating and its target"),
                ParamSpec.ofDouble("blend", 0.7, "share of the transitions in the score (0: EASE alone, 1: transitions alone)"));
        return new AlgorithmSpec(NAME, "sequence-aware: item transitions in rating order blended with EASE", Set.of(Task.RANKING), params,
                p -> new SequentialAlgorithm(p.getDouble("lambda"), p.getInt("min-support"), p.getInt("window"), p.getDouble("decay"),
                        p.getDouble("blend")),
                SequentialAlgorithm::read);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("lambda", lambda);
        p.put("min-support", minSupport);
        p.put("window", window);
        p.put("decay", decay);
        p.put("blend", blend);
        return p;
    }

    @Override
    public SequentialModel fit(RatingMatrix train, Progress progress) {
        Transitions transitions = Transitions.learn(train, window, decay);
        EaseModel items = new EaseAlgorithm(ImplicitSignal.ALL_BINARY, lambda, 0, minSupport, MAX_ITEMS).fit(train, progress);
        return new SequentialModel(items, transitions, window, decay, blend);
    }

    static SequentialModel read(DataInput in) throws IOException {
        int window = in.readInt();
        double decay = in.readDouble();
        double blend = in.readDouble();
        EaseModel items = EaseAlgorithm.read(in);
        return new SequentialModel(items, Transitions.read(in), window, decay, blend);
    }
}
