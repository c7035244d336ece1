package org.movierec.core.eval;

import org.movierec.core.data.RatingMatrix;

/**
 * Novelty as mean self-information: over every recommended item of every list, the mean of
 * −log2(p), where p is the item's popularity share in the training data (the share of training
 * users who rated it). An item no training user rated counts as rated by one, so its
 * self-information is finite (log2 of the user count).
 */
public final class NoveltyMetric implements ListMetric {
    private final double[] selfInformation;

    /**
     * @param ratingCounts the number of training users who rated each item, by item index
     * @param userCount the number of training users (with at least one rating)
     */
    public NoveltyMetric(int[] ratingCounts, int userCount) {
        if (userCount < 1) {
            throw new IllegalArgumentException("novelty needs at least one training user");
        }
        selfInformation = new double[ratingCounts.length];
        for (int i = 0; i < ratingCounts.length; i++) {
            double share = Math.max(ratingCounts[i], 1) / (double) userCount;
            selfInformation[i] = -Math.log(Math.min(share, 1)) / Math.log(2);
        }
    }

    /** The novelty metric with popularity taken from the training ratings. */
    public static NoveltyMetric of(RatingMatrix train) {
        int[] counts = new int[train.itemCount()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = train.itemRatingCount(i);
        }
        return new NoveltyMetric(counts, Math.max(train.activeUserCount(), 1));
    }

    @Override
    public String key() {
        return "novelty";
    }

    @Override
    public double measure(int[][] lists) {
        double sum = 0;
        long n = 0;
        for (int[] list : lists) {
            for (int item : list) {
                sum += selfInformation[item];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
