package org.movierec.core.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.movierec.core.data.RatingMatrix;

/**
 * Validation folds for tuning: the {@code inner} split applied to the training part of each fold
 * of the {@code outer} split. A validation fold trains on part of an outer training fold and tests
 * on the rest of it; the outer test ratings are in neither, so choosing parameters on these folds
 * never sees the data the outer split evaluates on (to a model they are unrated items).
 *
 * @param outer the split whose test folds are held back
 * @param inner the split carving each outer training fold into validation train and test
 */
public record ValidationSplitter(Splitter outer, Splitter inner) implements Splitter {

    @Override
    public List<FoldMask> split(RatingMatrix data) throws IOException {
        List<FoldMask> folds = new ArrayList<>();
        for (FoldMask fold : outer.split(data)) {
            boolean[] keep = fold.train();
            int[] positions = new int[fold.trainSize()];
            int n = 0;
            for (int k = 0; k < keep.length; k++) {
                if (keep[k]) {
                    positions[n++] = k;
                }
            }
            // select keeps the CSR order, so position p of the training matrix is positions[p] of data
            for (FoldMask part : inner.split(fold.trainOf(data))) {
                boolean[] train = new boolean[data.size()];
                boolean[] test = new boolean[data.size()];
                for (int p = 0; p < n; p++) {
                    train[positions[p]] = part.train()[p];
                    test[positions[p]] = part.test()[p];
                }
                folds.add(new FoldMask(train, test));
            }
        }
        return folds;
    }

    @Override
    public String describe() {
        return inner.describe() + " within the training part of " + outer.describe();
    }
}
