package org.movierec.core.data;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summary figures of a data set: how many users (with at least one rating), movies in the catalogue,
 * rated movies and ratings; density (ratings / (users × rated movies)); the mean rating; how many
 * ratings each value has; and quantiles of ratings per user and per rated movie. Computed by
 * {@link #of(Dataset)} from files or {@link #of(int, RatingMatrix)} from any rating matrix (the
 * database, a split), so every caller reports the same figures.
 *
 * @param distribution number of ratings of each value, by ascending value
 */
public record DatasetStatistics(int users, int movies, int ratedMovies, long ratings, double density,
        double meanRating, Map<Float, Long> distribution, Quantiles ratingsPerUser, Quantiles ratingsPerMovie) {

    public DatasetStatistics {
        distribution = Collections.unmodifiableMap(new TreeMap<>(distribution));
    }
    /** The figures of a data set read from a release. */
    public static DatasetStatistics of(Dataset data) {
        return of(data.catalog().size(), data.ratings());
    }

    /** The figures of a rating matrix, with the catalogue size given (movies with and without ratings). */
    public static DatasetStatistics of(int catalogueSize, RatingMatrix ratings) {
        int[] perUser = nonZeroCounts(ratings.userPointers());
        int[] perMovie = nonZeroCounts(ratings.itemPointers());
        float[] values = ratings.userValues();
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        Map<Float, Long> distribution = distribution(values, ratings.scale());
        long n = ratings.size();
        double cells = (double) perUser.length * perMovie.length;
        return new DatasetStatistics(perUser.length, catalogueSize, perMovie.length, n, cells == 0 ? 0 : n / cells,
                n == 0 ? Double.NaN : sum / n, distribution, Quantiles.of(perUser), Quantiles.of(perMovie));
    }

    /** Counts per value: by step index when the scale has steps, by sorting otherwise. */
    private static Map<Float, Long> distribution(float[] values, RatingScale scale) {
        Map<Float, Long> counts = new TreeMap<>();
        if (scale != null && scale.step() > 0) {
            int steps = Math.round((scale.max() - scale.min()) / scale.step()) + 1;
            long[] perStep = new long[steps];
            boolean onSteps = true;
            for (float v : values) {
                int k = Math.round((v - scale.min()) / scale.step());
                if (k < 0 || k >= steps || scale.min() + k * scale.step() != v) {
                    onSteps = false;
                    break;
                }
                perStep[k]++;
            }
            if (onSteps) {
                for (int k = 0; k < steps; k++) {
                    if (perStep[k] > 0) {
                        counts.put(scale.min() + k * scale.step(), perStep[k]);
                    }
                }
                return counts;
            }
        }
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < sorted.length;) {
            int run = k;
            while (run < sorted.length && sorted[run] == sorted[k]) {
                run++;
            }
            counts.put(sorted[k], (long) (run - k));
            k = run;
        }
        return counts;
    }

    private static int[] nonZeroCounts(int[] pointers) {
        int[] counts = new int[pointers.length - 1];
        int n = 0;
        for (int k = 0; k + 1 < pointers.length; k++) {
            int c = pointers[k + 1] - pointers[k];
            if (c > 0) {
                counts[n++] = c;
            }
        }
        return Arrays.copyOf(counts, n);
    }
}
