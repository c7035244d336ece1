package org.movierec.core.eval;

import java.util.List;
import org.movierec.core.data.RatingMatrix;

/**
 * An item cold-start split: a random fraction of the rated items become "new movies" whose ratings
 * are all tested and none trained. Lists are ranked among the new movies only
 * ({@link #rankNewItemsOnly()}): the question is which of the new movies a user will watch, which
 * a collaborative model cannot answer and a content model can. One fold; deterministic for the seed.
 */
public record ItemColdSplitter(double fraction, long seed) implements Splitter {

    public ItemColdSplitter {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the item cold-start fraction must be between 0 and 1 (exclusive), got " + fraction);
        }
    }

    @Override
    public List<FoldMask> split(RatingMatrix data) {
        int[] rated = new int[data.itemCount()];
        int n = 0;
        for (int i = 0; i < data.itemCount(); i++) {
            if (data.itemRatingCount(i) > 0) {
                rated[n++] = i;
            }
        }
        int[] order = Shuffle.permutation(n, seed);
        int held = (int) Math.round(n * fraction);
        boolean[] cold = new boolean[data.itemCount()];
        for (int k = 0; k < held; k++) {
            cold[rated[order[k]]] = true;
        }
        int[] items = data.userItems();
        boolean[] test = new boolean[data.size()];
        for (int k = 0; k < test.length; k++) {
            test[k] = cold[items[k]];
        }
        return List.of(FoldMask.ofTest(test));
    }

    @Override
    public boolean rankNewItemsOnly() {
        return true;
    }

    @Override
    public String describe() {
        return "item-cold:" + fraction;
    }
}
