package org.movierec.core.algo.popular;

import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import org.movierec.core.algo.Explanation;
import org.movierec.core.algo.implicit.RankingModel;
import org.movierec.core.data.Profile;
import org.movierec.core.util.BinaryArrays;

/** Each item's popularity (interaction count or Bayesian-average rating), whoever asks. */
public final class PopularModel extends RankingModel {
    private final float[] popularity;
    private final boolean byRating;

    PopularModel(float[] popularity, boolean byRating) {
        this.popularity = popularity;
        this.byRating = byRating;
    }

    @Override
    public int itemCount() {
        return popularity.length;
    }

    @Override
    public void scoreAll(Profile user, float[] out) {
        System.arraycopy(popularity, 0, out, 0, popularity.length);
    }

    /** Kind "popularity": one reason, the item's interaction count or Bayesian-average rating. */
    @Override
    public Explanation explain(Profile user, int item) {
        if (item < 0 || item >= popularity.length || Float.isNaN(popularity[item])) {
            return Explanation.none("popularity");
        }
        return new Explanation("popularity", List.of(Explanation.Reason.feature(
                byRating ? "bayesian-average-rating" : "interactions", popularity[item])));
    }

    @Override
    public void write(DataOutput out) throws IOException {
        out.writeBoolean(byRating);
        BinaryArrays.writeFloats(out, popularity);
    }
}
