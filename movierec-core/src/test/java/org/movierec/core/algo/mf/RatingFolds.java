package org.movierec.core.algo.mf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.movierec.core.algo.Model;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;

/**
 * Train/test folds of the real data sets for the factorisation tests and benchmarks, sharing one
 * index space: the canonical ml-100k folds u1..u5 and seeded random folds of ml-latest-small.
 */
record RatingFolds(RatingMatrix train, RatingMatrix test) {

    /** The data sets folder, or null when MOVIEREC_DATASETS is unset. */
    static Path datasets() {
        String dir = System.getenv("MOVIEREC_DATASETS");
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /** The canonical ml-100k fold n (1..5): u{n}.base / u{n}.test. */
    static RatingFolds ml100k(Path datasets, int n) {
        Path dir = datasets.resolve("ml-100k");
        RatingMatrix all = read(dir.resolve("u.data"), "\t", false, RatingScale.WHOLE_STARS);
        Set<Long> test = new HashSet<>();
        for (String line : lines(dir.resolve("u" + n + ".test"))) {
            String[] f = line.split("\t");
            test.add(key(all.users().indexOf(Integer.parseInt(f[0])), all.items().indexOf(Integer.parseInt(f[1]))));
        }
        boolean[] isTest = new boolean[all.size()];
        int[] ptr = all.userPointers();
        for (int u = 0; u < all.userCount(); u++) {
            for (int p = ptr[u]; p < ptr[u + 1]; p++) {
                isTest[p] = test.contains(key(u, all.userItems()[p]));
            }
        }
        return split(all, isTest);
    }

    /** The five random folds of ml-latest-small's ratings.csv for the seed. */
    static List<RatingFolds> mlLatestSmall(Path datasets, long seed) {
        RatingMatrix all = read(datasets.resolve("ml-latest-small").resolve("ratings.csv"), ",", true,
                RatingScale.HALF_STARS);
        int[] fold = new int[all.size()];
        int[] order = Strata.shuffled(all.size(), new SplittableRandom(seed));
        for (int j = 0; j < order.length; j++) {
            fold[order[j]] = j % 5;
        }
        List<RatingFolds> folds = new ArrayList<>();
        for (int f = 0; f < 5; f++) {
            boolean[] isTest = new boolean[all.size()];
            for (int p = 0; p < fold.length; p++) {
                isTest[p] = fold[p] == f;
            }
            folds.add(split(all, isTest));
        }
        return folds;
    }

    private static RatingFolds split(RatingMatrix all, boolean[] isTest) {
        boolean[] isTrain = new boolean[isTest.length];
        for (int p = 0; p < isTest.length; p++) {
            isTrain[p] = !isTest[p];
        }
        return new RatingFolds(all.select(isTrain), all.select(isTest));
    }

    private static long key(int user, int item) {
        return ((long) user << 32) | item;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RatingMatrix read(Path file, String separator, boolean header, RatingScale scale) {
        List<String> lines = lines(file);
        RatingMatrixBuilder builder = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), scale, lines.size(), true);
        for (int j = header ? 1 : 0; j < lines.size(); j++) {
            String line = lines.get(j).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(separator);
            builder.addById(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Float.parseFloat(f[2]), Long.parseLong(f[3]));
        }
        return builder.build();
    }

    /** RMSE of predicting the same value for every test rating. */
    double rmseOfConstant(double value) {
        double sum = 0;
        for (float v : test.userValues()) {
            sum += (v - value) * (v - value);
        }
        return Math.sqrt(sum / test.size());
    }

    /** RMSE of the model on the test ratings, each user scored with their training profile. */
    double rmse(Model model) {
        double sum = 0;
        int[] ptr = test.userPointers();
        for (int u = 0; u < test.userCount(); u++) {
            int from = ptr[u];
            int to = ptr[u + 1];
            if (from == to) {
                continue;
            }
            Profile profile = train.profile(u);
            int[] items = Arrays.copyOfRange(test.userItems(), from, to);
            float[] out = new float[items.length];
            model.score(profile, items, out);
            for (int j = 0; j < items.length; j++) {
                double e = out[j] - test.userValues()[from + j];
                sum += e * e;
            }
        }
        return Math.sqrt(sum / test.size());
    }
}
