package org.movierec.core.eval;

import org.movierec.core.data.RatingMatrix;

/**
 * One train/test split of a rating matrix, as masks over its CSR rating positions. A rating is in at
 * most one of the two; splitters that use every rating mark each one in exactly one. Both sides keep
 * the full matrix's user and item indices, so a model trained on one side scores the other directly.
 *
 * @param train true at the CSR positions of the training ratings
 * @param test true at the CSR positions of the test ratings
 */
public record FoldMask(boolean[] train, boolean[] test) {

    public FoldMask {
        if (train.length != test.length) {
            throw new IllegalArgumentException("train mask of " + train.length + " but test mask of " + test.length);
        }
        for (int k = 0; k < train.length; k++) {
            if (train[k] && test[k]) {
                throw new IllegalArgumentException("rating position " + k + " is both in train and in test");
            }
        }
    }

    /** The split where test holds the marked positions and train every other one. */
    public static FoldMask ofTest(boolean[] test) {
        boolean[] train = new boolean[test.length];
        for (int k = 0; k < test.length; k++) {
            train[k] = !test[k];
        }
        return new FoldMask(train, test);
    }

    public int testSize() {
        return count(test);
    }

    public int trainSize() {
        return count(train);
    }

    /** The training ratings, over the full matrix's indices. */
    public RatingMatrix trainOf(RatingMatrix data) {
        return data.select(train);
    }

    /** The test ratings, over the full matrix's indices. */
    public RatingMatrix testOf(RatingMatrix data) {
        return data.select(test);
    }

    private static int count(boolean[] mask) {
        int n = 0;
        for (boolean b : mask) {
            if (b) {
                n++;
            }
        }
        return n;
    }
}
