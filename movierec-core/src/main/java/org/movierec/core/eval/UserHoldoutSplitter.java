package org.movierec.core.eval;

import java.util.List;
import java.util.SplittableRandom;
import org.movierec.core.data.RatingMatrix;

/**
 * A per-user (stratified) hold-out, as Microsoft Recommenders' {@code python_stratified_split}: each
 * user's ratings are shuffled with the seed; the rating at 1-based position r of n goes to training
 * when r / n ≤ 1 − fraction (compared in double precision), otherwise to test. A user with n ratings
 * so keeps ⌊(1 − fraction)·n⌋ of them for training; as in the reference, a user with a single rating
 * has it tested. One fold.
 */
public record UserHoldoutSplitter(double fraction, long seed) implements Splitter {

    public UserHoldoutSplitter {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the per-user hold-out fraction must be between 0 and 1 (exclusive), got " + fraction);
        }
    }

    @Override
    public List<FoldMask> split(RatingMatrix data) {
        int[] ptr = data.userPointers();
        boolean[] test = new boolean[data.size()];
        double trainRatio = 1 - fraction;
        SplittableRandom random = new SplittableRandom(seed);
        int[] positions = new int[0];
        for (int u = 0; u < data.userCount(); u++) {
            int n = ptr[u + 1] - ptr[u];
            if (n == 0) {
                continue;
            }
            if (positions.length < n) {
                positions = new int[Math.max(n, positions.length * 2)];
            }
            for (int j = 0; j < n; j++) {
                positions[j] = ptr[u] + j;
            }
            Shuffle.shuffle(positions, 0, n, random);
            for (int j = 0; j < n; j++) {
                if ((double) (j + 1) / n > trainRatio) {
                    test[positions[j]] = true;
                }
            }
        }
        return List.of(FoldMask.ofTest(test));
    }

    @Override
    public String describe() {
        return "user-holdout:" + fraction;
    }
}
