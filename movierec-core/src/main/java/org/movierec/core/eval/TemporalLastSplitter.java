package org.movierec.core.eval;

import java.util.Arrays;
import java.util.List;
import org.movierec.core.data.RatingMatrix;

/**
 * Leave-last-n-out per user: each user's n latest ratings (by timestamp; equal times ordered by item
 * index, so the split is deterministic) form the test set. MovieLens stores seconds and people rate many
 * movies in one second, so a test rating often shares its second with training ratings ({@link #ties}). A user with n or fewer ratings keeps the earliest one for training, so
 * every tested user has a history. Note that per-user chronological splits let one user's test
 * period precede another user's training ratings; {@link TemporalCutSplitter} avoids that. One fold.
 */
public record TemporalLastSplitter(int count) implements Splitter {

    public TemporalLastSplitter {
        if (count < 1) {
            throw new IllegalArgumentException("temporal-last needs at least 1 rating per user, got " + count);
        }
    }

    @Override
    public List<FoldMask> split(RatingMatrix data) {
        long[] times = TemporalCutSplitter.requireTimes(data, describe());
        int[] ptr = data.userPointers();
        boolean[] test = new boolean[data.size()];
        long[] keys = new long[0];
        for (int u = 0; u < data.userCount(); u++) {
            int from = ptr[u];
            int n = ptr[u + 1] - from;
            int held = Math.min(count, n - 1);
            if (held <= 0) {
                continue;
            }
            if (keys.length < n) {
                keys = new long[Math.max(n, keys.length * 2)];
            }
            // time, then offset in the row (rows are in ascending item order), packed in one long
            for (int j = 0; j < n; j++) {
                keys[j] = Math.addExact(Math.multiplyExact(times[from + j], (long) n), j);
            }
            Arrays.sort(keys, 0, n);
            for (int j = n - held; j < n; j++) {
                test[from + (int) Math.floorMod(keys[j], (long) n)] = true;
            }
        }
        return List.of(FoldMask.ofTest(test));
    }

    /**
     * How many test ratings of this split exist, and how many of them share their second with a training
     * rating of the same user (their order against those is only the item index tie-break).
     */
    public record Ties(long testRatings, long tiedWithTraining) {
    }

    /** The {@link Ties} of this split of the data. */
    public Ties ties(RatingMatrix data) {
        boolean[] test = split(data).get(0).test();
        long[] times = data.userTimestamps();
        int[] ptr = data.userPointers();
        long tests = 0;
        long tied = 0;
        for (int u = 0; u < data.userCount(); u++) {
            java.util.Set<Long> trainTimes = new java.util.HashSet<>();
            for (int k = ptr[u]; k < ptr[u + 1]; k++) {
                if (!test[k]) {
                    trainTimes.add(times[k]);
                }
            }
            for (int k = ptr[u]; k < ptr[u + 1]; k++) {
                if (test[k]) {
                    tests++;
                    if (trainTimes.contains(times[k])) {
                        tied++;
                    }
                }
            }
        }
        return new Ties(tests, tied);
    }

    @Override
    public String describe() {
        return "temporal-last:" + count;
    }
}
