package org.movierec.core.algo.bayes;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Profile;
import org.movierec.core.algo.Model;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;

/**
 * Test-scope reader of the two accuracy protocols (ml-100k canonical u1..u5 folds; ml-latest-small
 * in 5 seeded random folds) as train/test matrices over one shared index space, and RMSE.
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

    /** Fold n (0..4) of ml-latest-small cut into 5 random folds by the seed. */
    static Fold mlSmall(Path datasets, int n, long seed) throws IOException {
        RatingMatrix all = read(datasets.resolve("ml-latest-small/ratings.csv"), ",", true, RatingScale.HALF_STARS);
        int[] order = new int[all.size()];
        for (int p = 0; p < order.length; p++) {
            order[p] = p;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int p = order.length - 1; p > 0; p--) {
            int q = random.nextInt(p + 1);
            int t = order[p];
            order[p] = order[q];
            order[q] = t;
        }
        boolean[] test = new boolean[all.size()];
        for (int r = 0; r < order.length; r++) {
            test[order[r]] = r % 5 == n;
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

    /** The five folds of a protocol ("ml100k" or "mlsmall"). */
    static List<Fold> folds(Path datasets, String protocol) throws IOException {
        List<Fold> folds = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            folds.add(protocol.equals("ml100k") ? ml100k(datasets, n + 1) : mlSmall(datasets, n, 42));
        }
        return folds;
    }
}
