package org.movierec.app.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Statistics of the loaded data set for the explore page.
 *
 * @param ratingBins ratings per half star (index 0 = 0.5 stars)
 * @param ratingsPerUser how many users have a number of ratings in each power-of-two bin
 * @param ratingsPerMovie how many movies have a number of ratings in each power-of-two bin
 * @param genreRatings ratings of the movies of each genre
 * @param ratingsPerYear ratings given in each calendar year (empty when the data has no times)
 */
public record DatasetStats(int movies, int users, int ratings, double meanRating, int[] ratingBins,
        List<Bin> ratingsPerUser, List<Bin> ratingsPerMovie, Map<String, Integer> genreRatings,
        Map<Integer, Integer> ratingsPerYear) {

    /** A histogram bin of counts from low to high (inclusive) holding count entries. */
    public record Bin(int low, int high, int count) {
    }

    /** Histogram of the values in bins 0, 1, 2-3, 4-7, 8-15, ... up to the largest value. */
    static List<Bin> logHistogram(int[] values) {
        int max = 0;
        for (int v : values) {
            max = Math.max(max, v);
        }
        int bins = 2 + (max <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(max) - 1);
        int[] counts = new int[bins];
        for (int v : values) {
            counts[v == 0 ? 0 : 1 + 31 - Integer.numberOfLeadingZeros(v)]++;
        }
        List<Bin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            int low = b == 0 ? 0 : 1 << (b - 1);
            int high = b == 0 ? 0 : (1 << b) - 1;
            out.add(new Bin(low, high, counts[b]));
        }
        return out;
    }
}
