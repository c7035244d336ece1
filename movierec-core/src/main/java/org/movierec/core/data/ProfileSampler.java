package org.movierec.core.data;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Profiles of a few real ratings for benchmarks and warm-ups: each a random user with enough ratings
 * and that many of their ratings chosen at random, as a profile unknown to any model (folded in).
 */
public final class ProfileSampler {
    private ProfileSampler() {
    }

    /**
     * count profiles of size ratings each (users drawn with replacement), reproducible for a seed.
     *
     * @throws IllegalArgumentException when no user has size ratings
     */
    public static Profile[] sample(RatingMatrix ratings, int size, int count, long seed) {
        int[] ptr = ratings.userPointers();
        int[] eligible = IntStream.range(0, ratings.userCount()).filter(u -> ptr[u + 1] - ptr[u] >= size).toArray();
        if (eligible.length == 0) {
            throw new IllegalArgumentException("no user of the data set has " + size + " ratings");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Profile[] out = new Profile[count];
        for (int p = 0; p < count; p++) {
            int user = eligible[random.nextInt(eligible.length)];
            int[] positions = random.ints(ptr[user], ptr[user + 1]).distinct().limit(size).toArray();
            int[] items = new int[size];
            float[] values = new float[size];
            for (int k = 0; k < size; k++) {
                items[k] = ratings.userItems()[positions[k]];
                values[k] = ratings.userValues()[positions[k]];
            }
            out[p] = Profile.anonymous(items, values);
        }
        return out;
    }
}
