package org.movierec.core.eval;

import java.io.IOException;
import java.util.List;
import org.movierec.core.data.RatingMatrix;

/**
 * Splits a rating matrix into one or more train/test folds over its own index space. Splitting is
 * deterministic: the same data and the same splitter (including its seed) give the same folds.
 */
public interface Splitter {

    /** The folds of the data, in order. */
    List<FoldMask> split(RatingMatrix data) throws IOException;

    /**
     * True when ranking lists are to be drawn from the items without any training rating only (an
     * item cold-start split); false (the default) for all items the user did not rate in training.
     */
    default boolean rankNewItemsOnly() {
        return false;
    }

    /** The split as written on the command line, e.g. "kfold:5". */
    String describe();
}
