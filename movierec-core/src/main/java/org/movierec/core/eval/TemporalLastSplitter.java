package org.movierec.core.eval;

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
        int[] items = data.userItems();
        boolean[] test = new boolean[data.size()];
        for (int u = 0; u < data.userCount(); u++) {
            int from = ptr[u];
            int n = ptr[u + 1] - from;
            int held = Math.min(count, n - 1);
            if (held <= 0) {
                continue;
            }
            Integer[] order = new Integer[n];
            for (int j = 0; j < n; j++) {
                order[j] = from + j;
            }
            java.util.Arrays.sort(order, (a, b) -> times[a] != times[b] ? Long.compare(times[a], times[b])
                    : Integer.compare(items[a], items[b]));
            for (int j = n - held; j < n; j++) {
                test[order[j]] = true;
            }
        }
        return List.of(FoldMask.ofTest(test));
    }

    @Override
    public String describe() {
        return "temporal-last:" + count;
    }
}
