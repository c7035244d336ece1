package org.movierec.app.service;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.Model;
import org.movierec.core.data.Profile;
import org.movierec.core.util.BinaryArrays;

/** Test model: the training mean plus the similarity-weighted deviations of the rated items from it. */
record CosineModel(int itemCount, float mean, float[] sim) implements Model {
    @Override
    public double predict(Profile user, int item) {
        if (user.isEmpty() || item < 0 || item >= itemCount) {
            return Double.NaN;
        }
        double num = 0;
        double den = 0;
        for (int k = 0; k < user.size(); k++) {
            float s = sim[item * itemCount + user.items()[k]];
            num += s * (user.values()[k] - mean);
            den += Math.abs(s);
        }
        return den == 0 ? mean : mean + num / den;
    }

    @Override
    public void score(Profile user, int[] items, float[] out) {
        for (int j = 0; j < items.length; j++) {
            out[j] = (float) predict(user, items[j]);
        }
    }

    @Override
    public Explanation explain(Profile user, int item) {
        List<Explanation.Reason> reasons = new ArrayList<>();
        for (int k = 0; k < user.size(); k++) {
            reasons.add(Explanation.Reason.item(user.items()[k], sim[item * itemCount + user.items()[k]] * (user.values()[k] - mean)));
        }
        reasons.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        return new Explanation("neighbours", reasons);
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeInt(itemCount);
        out.writeFloat(mean);
        BinaryArrays.writeFloats(out, sim);
    }

    static CosineModel read(DataInput in) throws IOException {
        return new CosineModel(in.readInt(), in.readFloat(), BinaryArrays.readFloats(in));
    }
}
