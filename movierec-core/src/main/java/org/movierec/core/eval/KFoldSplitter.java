package org.movierec.core.eval;

import java.util.ArrayList;
import java.util.List;
import org.movierec.core.data.RatingMatrix;

/**
 * k-fold cross-validation over ratings: the ratings are shuffled with the seed and dealt into k
 * folds of sizes differing by at most one; fold f tests on its own ratings and trains on the rest.
 */
public record KFoldSplitter(int folds, long seed) implements Splitter {

    public KFoldSplitter {
        if (folds < 2) {
            throw new IllegalArgumentException("k-fold needs at least 2 folds, got " + folds);
        }
    }

    @Override
    public List<FoldMask> split(RatingMatrix data) {
        int n = data.size();
        if (n < folds) {
            throw new IllegalArgumentException("cannot split " + n + " ratings into " + folds + " folds");
        }
        int[] order = Shuffle.permutation(n, seed);
        List<FoldMask> out = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            long from = (long) n * f / folds;
            long to = (long) n * (f + 1) / folds;
            boolean[] test = new boolean[n];
            for (long j = from; j < to; j++) {
                test[order[(int) j]] = true;
            }
            out.add(FoldMask.ofTest(test));
        }
        return out;
    }

    @Override
    public String describe() {
        return "kfold:" + folds;
    }
}
