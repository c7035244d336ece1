package org.movierec.core.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;

/** Rating matrices for the eval tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** Ratings given as {user id, item id, rating, timestamp} rows. */
    static RatingMatrix of(int[]... rows) {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, rows.length, true);
        for (int[] r : rows) {
            b.addById(r[0], r[1], r[2], r.length > 3 ? r[3] : 0);
        }
        return b.build();
    }

    /** A random matrix: users 1..users, each rating between 1 and maxPerUser distinct items of 1..items. */
    static RatingMatrix random(int users, int items, int maxPerUser, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, users * maxPerUser, true);
        for (int u = 1; u <= users; u++) {
            int n = 1 + random.nextInt(maxPerUser);
            int[] pool = new int[items];
            for (int i = 0; i < items; i++) {
                pool[i] = i + 1;
            }
            for (int j = 0; j < n; j++) {
                int pick = j + random.nextInt(items - j);
                int item = pool[pick];
                pool[pick] = pool[j];
                pool[j] = item;
                b.addById(u, item, 1 + random.nextInt(5), 1_000_000 + random.nextInt(1000));
            }
        }
        return b.build();
    }

    /** The ml-100k folder, or the test is skipped when MOVIEREC_DATASETS is unset. */
    static Path ml100k() {
        String root = System.getenv("MOVIEREC_DATASETS");
        Assumptions.assumeTrue(root != null && !root.isBlank(), "MOVIEREC_DATASETS is not set: skipping the real-data test");
        Path dir = Path.of(root, "ml-100k");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("u.data")), "no ml-100k under MOVIEREC_DATASETS");
        return dir;
    }

    /** ml-100k's u.data as a matrix (a minimal reader for these tests). */
    static RatingMatrix readUData(Path dir) throws IOException {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 100_000, true);
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("u.data"), StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t");
                b.addById(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Float.parseFloat(f[2]), Long.parseLong(f[3]));
            }
        }
        return b.build();
    }
}
