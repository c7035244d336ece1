package org.movierec.core.eval;

import java.util.Arrays;
import java.util.List;
import org.movierec.core.data.RatingMatrix;

/**
 * Leave-last-n-out per user: each user's n latest ratings (by timestamp; equal times ordered by item
 * index) form the test set. A user with n or fewer ratings keeps the earliest one for training, so
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

    @Override
    public String describe() {
        return "temporal-last:" + count;
    }
}
