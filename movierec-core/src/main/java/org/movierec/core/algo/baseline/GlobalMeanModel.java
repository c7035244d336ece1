package org.movierec.core.algo.baseline;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.PayloadVersion;
import org.movierec.core.data.Profile;

/** The same prediction, the training mean, for every profile and item. */
public final class GlobalMeanModel implements Model {
    private static final int PAYLOAD_VERSION = 1;
    private final int itemCount;
    private final double mean;

    GlobalMeanModel(int itemCount, double mean) {
        this.itemCount = itemCount;
        this.mean = mean;
    }

    @Override
    public int itemCount() {
        return itemCount;
    }

    @Override
    public double predict(Profile user, int item) {
        return mean;
    }

    @Override
    public void score(Profile user, int[] items, float[] out) {
        Arrays.fill(out, 0, items.length, (float) mean);
    }

    @Override
    public Explanation explain(Profile user, int item) {
        return new Explanation("baseline", List.of(Explanation.Reason.feature("global mean", mean)));
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(PAYLOAD_VERSION);
        out.writeInt(itemCount);
        out.writeDouble(mean);
    }

    static GlobalMeanModel read(DataInput in) throws IOException {
        PayloadVersion.check(in, GlobalMeanAlgorithm.NAME, PAYLOAD_VERSION);
        int itemCount = in.readInt();
        if (itemCount < 0) {
            throw new IllegalArgumentException("negative item count " + itemCount);
        }
        return new GlobalMeanModel(itemCount, in.readDouble());
    }
}
