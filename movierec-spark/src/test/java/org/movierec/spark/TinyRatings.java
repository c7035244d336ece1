package org.movierec.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A small generic-CSV data set written by the tests: two taste groups, each mostly rating its own half of the items,
 * and rating it high.
 */
final class TinyRatings {
    static final int USERS = 40;
    static final int ITEMS = 30;

    private TinyRatings() {
    }

    /** Writes ratings.csv (user,item,rating; ids from 1) into the folder: 80% of a user's half, 25% of the other half. */
    static Path write(Path folder) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder csv = new StringBuilder("user,item,rating\n");
        for (int u = 0; u < USERS; u++) {
            for (int i = 0; i < ITEMS; i++) {
                if (random.nextDouble() < (u % 2 == i % 2 ? 0.8 : 0.25)) {
                    csv.append(u + 1).append(',').append(i + 1).append(',').append(rating(u, i, random)).append('\n');
                }
            }
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("ratings.csv"), csv);
        return folder;
    }

    /** Group g = u % 2 likes items with i % 2 == g (4 or 5) and dislikes the others (1 or 2). */
    private static int rating(int u, int i, SplittableRandom random) {
        boolean liked = u % 2 == i % 2;
        return (liked ? 4 : 1) + random.nextInt(2);
    }
}
