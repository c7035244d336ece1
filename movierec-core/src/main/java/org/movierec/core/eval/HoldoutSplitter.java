package org.movierec.core.eval;

import java.util.List;
import org.movierec.core.data.RatingMatrix;

/**
 * A random hold-out: round(fraction × ratings) ratings, drawn with the seed, form the test set; the
 * rest is the training set. One fold.
 */
public record HoldoutSplitter(double fraction, long seed) implements Splitter {

    public HoldoutSplitter {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the hold-out fraction must be between 0 and 1 (exclusive), got " + fraction);
        }
    }

    @Override
    public List<FoldMask> split(RatingMatrix data) {
        int n = data.size();
        int testCount = (int) Math.round(fraction * n);
        int[] order = Shuffle.permutation(n, seed);
        boolean[] test = new boolean[n];
        for (int j = 0; j < testCount; j++) {
            test[order[j]] = true;
        }
        return List.of(FoldMask.ofTest(test));
    }

    @Override
    public String describe() {
        return "holdout:" + fraction;
    }
}
