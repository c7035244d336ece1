package org.movierec.core.algo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

/**
 * Test-scope evaluation of rating predictors on the real data sets under $MOVIEREC_DATASETS: the
 * ml-100k canonical u1..u5 folds and seeded random k-fold splits of ml-latest-small, each fold a
 * train and a test {@link RatingMatrix} sharing one index space; RMSE of a model on a fold.
 */
public final class RatingFolds {
    /** Set the system property oneByOne to predict each test rating by itself instead of by user batches. */
    private static final boolean ONE_BY_ONE = Boolean.getBoolean("oneByOne");

    private RatingFolds() {
    }

    /** One train/test split. */
    public record Fold(RatingMatrix train, RatingMatrix test) {
    }

    /** Mean RMSE over folds and the mean fit and predict seconds per fold. */
    public record Result(double rmse, double fitSeconds, double predictSeconds, double fitCpuSeconds, double predictCpuSeconds) {
    }

    /** The data set folder, or null when MOVIEREC_DATASETS is unset. */
    public static Path datasets() {
        String dir = System.getenv("MOVIEREC_DATASETS");
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /** The five canonical ml-100k folds u1..u5 (or the first n of them). */
    public static List<Fold> ml100k(Path dir, int n) throws IOException {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, 100_000, true);
        readTab(dir.resolve("u.data"), b);
        RatingMatrix all = b.build();
        List<Fold> folds = new ArrayList<>();
        for (int f = 1; f <= n; f++) {
            boolean[] test = new boolean[all.size()];
            try (BufferedReader in = Files.newBufferedReader(dir.resolve("u" + f + ".test"), StandardCharsets.ISO_8859_1)) {
                for (String line; (line = in.readLine()) != null;) {
                    String[] t = line.split("\t");
                    int u = all.users().indexOf(Integer.parseInt(t[0]));
                    int i = all.items().indexOf(Integer.parseInt(t[1]));
                    int k = java.util.Arrays.binarySearch(all.userItems(), all.userPointers()[u], all.userPointers()[u + 1], i);
                    test[k] = true;
                }
            }
            folds.add(split(all, test));
        }
        return folds;
    }

    /** ml-latest-small's ratings in k random folds (a seeded shuffle of all ratings). */
    public static List<Fold> mlSmall(Path dir, int k, long seed) throws IOException {
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.HALF_STARS, 100_836, true);
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("ratings.csv"), StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line; (line = in.readLine()) != null;) {
                String[] t = line.strip().split(",");
                b.addById(Integer.parseInt(t[0]), Integer.parseInt(t[1]), Float.parseFloat(t[2]), Long.parseLong(t[3]));
            }
        }
        RatingMatrix all = b.build();
        int[] order = new int[all.size()];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Random random = new Random(seed);
        for (int j = order.length - 1; j > 0; j--) {
            int r = random.nextInt(j + 1);
            int t = order[j];
            order[j] = order[r];
            order[r] = t;
        }
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            boolean[] test = new boolean[all.size()];
            for (int j = f; j < order.length; j += k) {
                test[order[j]] = true;
            }
            folds.add(split(all, test));
        }
        return folds;
    }

    private static void readTab(Path file, RatingMatrixBuilder b) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            for (String line; (line = in.readLine()) != null;) {
                String[] t = line.split("\t");
                b.addById(Integer.parseInt(t[0]), Integer.parseInt(t[1]), Float.parseFloat(t[2]), Long.parseLong(t[3]));
            }
        }
    }

    private static Fold split(RatingMatrix all, boolean[] test) {
        boolean[] train = new boolean[test.length];
        for (int j = 0; j < test.length; j++) {
            train[j] = !test[j];
        }
        return new Fold(all.select(train), all.select(test));
    }

    /** RMSE of the model's predictions for the fold's test ratings, each user's items scored as one batch. */
    public static double rmse(Model model, Fold fold) {
        RatingMatrix test = fold.test();
        int[] ptr = test.userPointers();
        double sum = 0;
        for (int u = 0; u < test.userCount(); u++) {
            int from = ptr[u];
            int to = ptr[u + 1];
            if (from == to) {
                continue;
            }
            int[] items = java.util.Arrays.copyOfRange(test.userItems(), from, to);
            float[] out = new float[items.length];
            Profile profile = fold.train().profile(u);
            if (ONE_BY_ONE) {
                for (int k = 0; k < items.length; k++) {
                    out[k] = (float) model.predict(profile, items[k]);
                }
            } else {
                model.score(profile, items, out);
            }
            for (int k = 0; k < items.length; k++) {
                double p = Float.isNaN(out[k]) ? fold.train().globalMean() : out[k];
                double e = p - test.userValues()[from + k];
                sum += e * e;
            }
        }
        return Math.sqrt(sum / test.size());
    }

    /** Fits and scores the algorithm on every fold. */
    public static Result evaluate(Algorithm algorithm, List<Fold> folds) {
        double rmse = 0;
        double fit = 0;
        double predict = 0;
        double cpu = 0;
        double predictCpu = 0;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (Fold fold : folds) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Model model = algorithm.fit(fold.train(), Progress.NONE);
            long t1 = System.nanoTime();
            cpu += (os.getProcessCpuTime() - c0) / 1e9;
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long p0 = threads.getCurrentThreadCpuTime();
            rmse += rmse(model, fold);
            long t2 = System.nanoTime();
            predictCpu += (threads.getCurrentThreadCpuTime() - p0) / 1e9;
            fit += (t1 - t0) / 1e9;
            predict += (t2 - t1) / 1e9;
        }
        int n = folds.size();
        return new Result(rmse / n, fit / n, predict / n, cpu / n, predictCpu / n);
    }

    /**
     * Prints mean RMSE and times for algorithms given as registry strings, on both protocols:
     * {@code RatingFolds "baseline" "itemknn:k=40"}.
     */
    public static void main(String[] args) throws IOException {
        Path ds = datasets();
        List<Fold> ml100k = ml100k(ds.resolve("ml-100k"), 5);
        List<Fold> small = mlSmall(ds.resolve("ml-latest-small"), 5, 42);
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        int repeats = Integer.getInteger("repeats", 1);
        for (String text : args) {
            Algorithm a = registry.parse(text);
            for (int r = 0; r < repeats; r++) {
                Result x = evaluate(a, ml100k);
                Result y = evaluate(a, small);
                System.out.printf("%-28s ml100k %.4f fit %.3fs (cpu %.3fs) pred %.3fs (cpu %.3fs) | small %.4f fit %.3fs (cpu %.3fs) pred %.3fs (cpu %.3fs)%n",
                        text, x.rmse(), x.fitSeconds(), x.fitCpuSeconds(), x.predictSeconds(), x.predictCpuSeconds(),
                        y.rmse(), y.fitSeconds(), y.fitCpuSeconds(), y.predictSeconds(), y.predictCpuSeconds());
            }
        }
    }
}
