package org.movierec.core.eval;

import java.util.List;
import java.util.SplittableRandom;
import org.movierec.core.data.RatingMatrix;

/**
 * A user cold-start split: a random {@link #USER_FRACTION} of the users with more than {@code keep}
 * ratings become "new users" who keep only {@code keep} random ratings for training; all their other
 * ratings are tested. Every other user's ratings are all in training, so only the new users are
 * evaluated. One fold; deterministic for the seed.
 *
 * @param keep how many ratings each new user has in training (0: none, a pure cold start)
 */
public record UserColdSplitter(int keep, long seed) implements Splitter {
    /** The share of eligible users made new. */
    public static final double USER_FRACTION = 0.2;

    public UserColdSplitter {
        if (keep < 0) {
            throw new IllegalArgumentException("the user cold-start split needs a count of kept ratings >= 0, got " + keep);
        }
    }

    @Override
    public List<FoldMask> split(RatingMatrix data) {
        int[] ptr = data.userPointers();
        boolean[] test = new boolean[data.size()];
        SplittableRandom random = new SplittableRandom(seed);
        int[] users = Shuffle.permutation(data.userCount(), seed);
        int eligible = 0;
        for (int u : users) {
            if (ptr[u + 1] - ptr[u] > keep) {
                eligible++;
            }
        }
        int chosen = (int) Math.round(eligible * USER_FRACTION);
        int[] positions = new int[0];
        for (int u : users) {
            int n = ptr[u + 1] - ptr[u];
            if (chosen == 0) {
                break;
            }
            if (n <= keep) {
                continue;
            }
            chosen--;
            if (positions.length < n) {
                positions = new int[Math.max(n, positions.length * 2)];
            }
            for (int j = 0; j < n; j++) {
                positions[j] = ptr[u] + j;
            }
            Shuffle.shuffle(positions, 0, n, random);
            for (int j = keep; j < n; j++) {
                test[positions[j]] = true;
            }
        }
        return List.of(FoldMask.ofTest(test));
    }

    @Override
    public String describe() {
        return "user-cold:" + keep;
    }
}
