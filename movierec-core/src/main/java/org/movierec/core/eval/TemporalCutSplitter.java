package org.movierec.core.eval;

import java.util.List;
import org.movierec.core.data.RatingMatrix;

/**
 * A global time cut: ratings before the timestamp (epoch seconds) train, ratings at or after it
 * test. No information from after the cut reaches training, for any user. One fold.
 */
public record TemporalCutSplitter(long timestamp) implements Splitter {

    @Override
    public List<FoldMask> split(RatingMatrix data) {
        long[] times = requireTimes(data, describe());
        boolean[] test = new boolean[data.size()];
        int tested = 0;
        for (int k = 0; k < test.length; k++) {
            if (times[k] >= timestamp) {
                test[k] = true;
                tested++;
            }
        }
        if (tested == 0 || tested == test.length) {
            throw new IllegalArgumentException("the time cut " + timestamp + " leaves " + (tested == 0 ? "no test" : "no training")
                    + " ratings; the data's ratings run from " + min(times) + " to " + max(times));
        }
        return List.of(FoldMask.ofTest(test));
    }

    @Override
    public String describe() {
        return "temporal-cut:" + timestamp;
    }

    static long[] requireTimes(RatingMatrix data, String split) {
        if (!data.hasTimestamps()) {
            throw new IllegalArgumentException("the split " + split + " needs rating timestamps, and this data set has none");
        }
        return data.userTimestamps();
    }

    private static long min(long[] values) {
        long m = Long.MAX_VALUE;
        for (long v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static long max(long[] values) {
        long m = Long.MIN_VALUE;
        for (long v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
