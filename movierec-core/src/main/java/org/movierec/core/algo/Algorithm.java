package org.movierec.core.algo;

import java.util.Map;
import java.util.Optional;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.util.Progress;

/**
 * A learning algorithm and its hyper-parameters: an immutable value (typically a record with
 * validated parameters and documented defaults). Fitting is deterministic for fixed parameters
 * (including any seed) and training data.
 */
public interface Algorithm {

    /** The registry name, e.g. "svd". */
    String name();

    /** The hyper-parameters by name, as they would be written on the command line. */
    Map<String, Object> params();

    /**
     * Why {@link #fit} would refuse these ratings (e.g. a dense structure beyond the algorithm's memory
     * limit), found without fitting, so that a run of several algorithms stops before any work; empty
     * when fitting can go ahead.
     */
    default Optional<String> refusal(RatingMatrix train) {
        return Optional.empty();
    }

    /** Trains a model on the ratings. */
    Model fit(RatingMatrix train, Progress progress);

    /**
     * This algorithm with the catalogue's item features bound, for algorithms that learn from them
     * (content-based and hybrid); every other algorithm returns itself. Callers that fit algorithms
     * from a data set (evaluation, training, the web app) call it before {@link #fit}.
     */
    default Algorithm withItemFeatures(ItemFeatures features) {
        return this;
    }

    /**
     * This algorithm sized so that the structures it grows with the square of the catalogue fit in the
     * given number of bytes (ease models fewer, the most interacted, items); every other algorithm
     * returns itself. The web app passes a share of its heap, so a large catalogue never stops it starting.
     */
    default Algorithm withMemoryBudget(long bytes) {
        return this;
    }
}
