package org.movierec.core.algo.bayes;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.movierec.core.algo.Model;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;

/**
 * Test-scope reader of the ml-100k canonical u1..u5 folds as train/test matrices over one shared
 * index space, and RMSE.
 */
final class MovieLensFolds {
    record Fold(RatingMatrix train, RatingMatrix test) {
    }

    private MovieLensFolds() {
    }

    /** The datasets folder, or null when MOVIEREC_DATASETS is unset. */
    static Path datasets() {
        String dir = System.getenv("MOVIEREC_DATASETS");
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /** Fold n (1..5) of ml-100k: train u{n}.base, test u{n}.test. */
    static Fold ml100k(Path datasets, int n) throws IOException {
        Path dir = datasets.resolve("ml-100k");
        RatingMatrix all = read(dir.resolve("u.data"), "\t", false, RatingScale.WHOLE_STARS);
        boolean[] test = new boolean[all.size()];
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("u" + n + ".test"), StandardCharsets.ISO_8859_1)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t");
                int u = all.users().indexOf(Integer.parseInt(f[0]));
                int i = all.items().indexOf(Integer.parseInt(f[1]));
                test[Arrays.binarySearch(all.userItems(), all.userPointers()[u], all.userPointers()[u + 1], i)] = true;
            }
        }
        return split(all, test);
    }

    private static Fold split(RatingMatrix all, boolean[] test) {
        boolean[] train = new boolean[test.length];
        for (int p = 0; p < test.length; p++) {
            train[p] = !test[p];
        }
        return new Fold(all.select(train), all.select(test));
    }

    private static RatingMatrix read(Path file, String separator, boolean header, RatingScale scale) throws IOException {
        RatingMatrixBuilder builder = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), scale, 110_000, true);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            if (header) {
                in.readLine();
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.strip().split(separator);
                builder.addById(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Float.parseFloat(f[2]), Long.parseLong(f[3]));
            }
        }
        return builder.build();
    }

    /** RMSE of the model on the test ratings, each user asking with its training profile. */
    static double rmse(Model model, Fold fold) {
        RatingMatrix test = fold.test();
        double sse = 0;
        for (int u = 0; u < test.userCount(); u++) {
            int from = test.userPointers()[u];
            int to = test.userPointers()[u + 1];
            if (from == to) {
                continue;
            }
            Profile profile = fold.train().profile(u);
            int[] items = Arrays.copyOfRange(test.userItems(), from, to);
            float[] scores = new float[items.length];
            model.score(profile, items, scores);
            for (int p = from; p < to; p++) {
                double e = scores[p - from] - test.userValues()[p];
                sse += e * e;
            }
        }
        return Math.sqrt(sse / test.size());
    }
}
