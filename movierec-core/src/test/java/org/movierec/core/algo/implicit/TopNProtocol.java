package org.movierec.core.algo.implicit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ScoredItem;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

/**
 * The Microsoft Recommenders top-N protocol for tests and tuning: each user's ratings shuffled with
 * the seed, 75% (rounded) to train, the rest to test; top-k among all items the user did not rate in
 * train; every test item relevant; precision and nDCG at k averaged over users with test items.
 * {@code main} evaluates algorithms given as registry strings: DATASET ALGO...
 */
public final class TopNProtocol {
    public record Split(RatingMatrix train, RatingMatrix test) {
    }

    public record Result(double ndcg, double precision, double fitSeconds) {
        @Override
        public String toString() {
            return String.format("nDCG@10 %.4f  P@10 %.4f  fit %.2f s", ndcg, precision, fitSeconds);
        }
    }

    private TopNProtocol() {
    }

    /** The datasets folder, or null when MOVIEREC_DATASETS is unset. */
    public static Path datasets() {
        String env = System.getenv("MOVIEREC_DATASETS");
        return env == null || env.isBlank() ? null : Path.of(env);
    }

    /** ml-100k's u.data (TAB: user item rating timestamp). */
    public static RatingMatrix ml100k(Path datasets) throws IOException {
        return read(datasets.resolve("ml-100k/u.data"), "\t", false, RatingScale.WHOLE_STARS);
    }

    /** ml-latest-small's ratings.csv. */
    public static RatingMatrix mlLatestSmall(Path datasets) throws IOException {
        return read(datasets.resolve("ml-latest-small/ratings.csv"), ",", true, RatingScale.HALF_STARS);
    }

    private static RatingMatrix read(Path file, String sep, boolean header, RatingScale scale) throws IOException {
        List<String> lines = Files.readAllLines(file);
        RatingMatrixBuilder b = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), scale, lines.size(), true);
        for (int k = header ? 1 : 0; k < lines.size(); k++) {
            String[] f = lines.get(k).split(sep);
            b.addById(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Float.parseFloat(f[2]), Long.parseLong(f[3].trim()));
        }
        return b.build();
    }

    public static Split split(RatingMatrix all, double testFraction, long seed) {
        Random random = new Random(seed);
        boolean[] train = new boolean[all.size()];
        int[] ptr = all.userPointers();
        for (int u = 0; u < all.userCount(); u++) {
            int n = ptr[u + 1] - ptr[u];
            int[] order = IntStream.range(0, n).toArray();
            for (int k = n - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                int t = order[k];
                order[k] = order[j];
                order[j] = t;
            }
            int nTrain = (int) Math.round(n * (1 - testFraction));
            for (int k = 0; k < nTrain; k++) {
                train[ptr[u] + order[k]] = true;
            }
        }
        boolean[] test = new boolean[train.length];
        for (int k = 0; k < train.length; k++) {
            test[k] = !train[k];
        }
        return new Split(all.select(train), all.select(test));
    }

    public static Result evaluate(Algorithm algorithm, Split split, int k) {
        long t0 = System.nanoTime();
        Model model = algorithm.fit(split.train(), Progress.NONE);
        double fit = (System.nanoTime() - t0) / 1e9;
        return evaluate(model, split, k, fit);
    }

    public static Result evaluate(Model model, Split split, int k, double fitSeconds) {
        RatingMatrix train = split.train();
        RatingMatrix test = split.test();
        int[] tPtr = test.userPointers();
        double[][] perUser = new double[train.userCount()][];
        IntStream.range(0, train.userCount()).parallel().forEach(u -> {
            if (tPtr[u + 1] == tPtr[u]) {
                return;
            }
            Profile profile = train.profile(u);
            List<ScoredItem> top = model.recommend(profile, k, item -> !profile.contains(item));
            double dcg = 0;
            int hits = 0;
            for (int r = 0; r < top.size(); r++) {
                if (!Float.isNaN(test.rating(u, top.get(r).item()))) {
                    hits++;
                    dcg += 1 / log2(r + 2);
                }
            }
            double idcg = 0;
            for (int r = 0; r < Math.min(k, tPtr[u + 1] - tPtr[u]); r++) {
                idcg += 1 / log2(r + 2);
            }
            perUser[u] = new double[] {dcg / idcg, (double) hits / k};
        });
        double ndcg = 0;
        double precision = 0;
        int users = 0;
        for (double[] m : perUser) {
            if (m != null) {
                ndcg += m[0];
                precision += m[1];
                users++;
            }
        }
        return new Result(ndcg / users, precision / users, fitSeconds);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    public static void main(String[] args) throws IOException {
        Path ds = datasets();
        RatingMatrix all = args[0].equals("ml100k") ? ml100k(ds) : mlLatestSmall(ds);
        Split split = split(all, 0.25, 42);
        AlgorithmRegistry registry = new AlgorithmRegistry(TopNAlgorithms.specs());
        for (int a = 1; a < args.length; a++) {
            for (Algorithm algorithm : registry.parseList(args[a], null)) {
                System.out.println(args[0] + " " + algorithm.name() + " " + algorithm.params() + ": " + evaluate(algorithm, split, 10));
            }
        }
    }
}
