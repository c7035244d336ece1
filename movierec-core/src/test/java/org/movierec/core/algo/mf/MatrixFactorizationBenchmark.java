package org.movierec.core.algo.mf;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Model;
import org.movierec.core.util.Progress;

/**
 * Fit and predict times and RMSE of the factorisation algorithms, per fold. Run from the module
 * directory after {@code mvnw test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes:FASTUTIL_JAR org.movierec.core.algo.mf.MatrixFactorizationBenchmark \
 *     DATA FOLDS ALGORITHM...
 * </pre>
 * DATA is {@code ml100k} (canonical folds u1..u5, needs MOVIEREC_DATASETS), {@code ml-latest-small}
 * (5 random folds, seed 42) or {@code synthetic-1m} (a generated set of ml-1m's size: 6,040 users,
 * 3,706 items, about 1,000,000 ratings, random 0.2 hold-out); FOLDS how many folds to run; each
 * ALGORITHM as on the command line, e.g. {@code svd:factors=100,epochs=20}. The first fit of the
 * run is repeated once untimed to warm up the JIT.
 */
public final class MatrixFactorizationBenchmark {
    private MatrixFactorizationBenchmark() {
    }

    public static void main(String[] args) {
        List<RatingFolds> folds = new ArrayList<>();
        int count = Integer.parseInt(args[1]);
        switch (args[0]) {
            case "ml100k" -> {
                for (int n = 1; n <= count; n++) {
                    folds.add(RatingFolds.ml100k(RatingFolds.datasets(), n));
                }
            }
            case "ml-latest-small" -> folds.addAll(RatingFolds.mlLatestSmall(RatingFolds.datasets(), 42).subList(0, count));
            case "synthetic-1m" -> folds.add(Synthetic.holdout(Synthetic.ratings(6040, 3706, 1_000_209, 42), 0.2, 42));
            default -> throw new IllegalArgumentException("unknown data " + args[0]);
        }
        System.out.printf("%s: %d training ratings, %d test ratings in fold 1%n", args[0], folds.get(0).train().size(),
                folds.get(0).test().size());
        AlgorithmRegistry registry = new AlgorithmRegistry(MatrixFactorizationAlgorithms.specs());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        boolean warm = false;
        for (int a = 2; a < args.length; a++) {
            Algorithm algorithm = registry.parse(args[a]);
            if (!warm) {
                algorithm.fit(folds.get(0).train(), Progress.NONE);
                warm = true;
            }
            for (int f = 0; f < folds.size(); f++) {
                RatingFolds fold = folds.get(f);
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                Model model = algorithm.fit(fold.train(), Progress.NONE);
                long t1 = System.nanoTime();
                long c1 = os.getProcessCpuTime();
                double rmse = fold.rmse(model);
                long t2 = System.nanoTime();
                System.out.printf("%-40s fold %d  rmse %.4f  fit %.3f s (process cpu %.3f s)  predict %.3f s%n",
                        args[a], f + 1, rmse, (t1 - t0) / 1e9, (c1 - c0) / 1e9, (t2 - t1) / 1e9);
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use at the end: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
