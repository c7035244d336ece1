package org.movierec.core.algo;

import java.util.Arrays;
import java.util.Random;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

/**
 * Fit and predict times on a generated ml-1m-sized data set (6,040 users, 3,706 items, 1,000,209
 * ratings; log-normal user activity of at least 20 ratings, Zipf-like item popularity, ratings from
 * biases and two latent dimensions), one random 80/20 fold. Not a unit test: run by hand,
 * {@code FitBenchmark itemknn userknn slopeone baseline}.
 */
public final class FitBenchmark {
    private FitBenchmark() {
    }

    /** The generated data set. */
    public static RatingMatrix generate(int users, int items, int ratings, long seed) {
        Random random = new Random(seed);
        double[] activity = new double[users];
        double total = 0;
        for (int u = 0; u < users; u++) {
            activity[u] = Math.exp(1.1 * random.nextGaussian());
            total += activity[u];
        }
        int[] counts = new int[users];
        int assigned = 0;
        for (int u = 0; u < users; u++) {
            counts[u] = Math.min(items * 6 / 10, 20 + (int) (activity[u] / total * (ratings - 20L * users)));
            assigned += counts[u];
        }
        for (int u = 0; assigned < ratings; u = (u + 1) % users) {
            if (counts[u] < items * 6 / 10) {
                counts[u]++;
                assigned++;
            }
        }
        double[] popularity = new double[items];
        double[] cumulative = new double[items];
        double sum = 0;
        for (int i = 0; i < items; i++) {
            popularity[i] = 1 / Math.pow(i + 10, 0.9);
            sum += popularity[i];
            cumulative[i] = sum;
        }
        double[] itemBias = new double[items];
        double[][] itemTraits = new double[items][2];
        for (int i = 0; i < items; i++) {
            itemBias[i] = 0.5 * random.nextGaussian();
            itemTraits[i][0] = random.nextGaussian();
            itemTraits[i][1] = random.nextGaussian();
        }
        IdIndex userIndex = new IdIndex(users);
        IdIndex itemIndex = new IdIndex(items);
        for (int u = 0; u < users; u++) {
            userIndex.add(u + 1);
        }
        for (int i = 0; i < items; i++) {
            itemIndex.add(i + 1);
        }
        RatingMatrixBuilder b = new RatingMatrixBuilder(userIndex, itemIndex, RatingScale.WHOLE_STARS, ratings, false);
        boolean[] seen = new boolean[items];
        int[] chosen = new int[items];
        for (int u = 0; u < users; u++) {
            double bias = 0.4 * random.nextGaussian();
            double t0 = random.nextGaussian();
            double t1 = random.nextGaussian();
            int n = 0;
            while (n < counts[u]) {
                int pos = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                int i = pos >= 0 ? pos : Math.min(items - 1, -pos - 1);
                if (!seen[i]) {
                    seen[i] = true;
                    chosen[n++] = i;
                    double r = 3.6 + bias + itemBias[i] + 0.5 * (t0 * itemTraits[i][0] + t1 * itemTraits[i][1])
                            + 0.8 * random.nextGaussian();
                    b.add(u, i, (float) Math.max(1, Math.min(5, Math.rint(r))), 0);
                }
            }
            for (int k = 0; k < n; k++) {
                seen[chosen[k]] = false;
            }
        }
        return b.build();
    }

    public static void main(String[] args) {
        RatingMatrix all = generate(6040, 3706, 1_000_209, 7);
        Random random = new Random(1);
        boolean[] test = new boolean[all.size()];
        for (int k = 0; k < test.length; k++) {
            test[k] = random.nextDouble() < 0.2;
        }
        boolean[] train = new boolean[test.length];
        for (int k = 0; k < test.length; k++) {
            train[k] = !test[k];
        }
        RatingFolds.Fold fold = new RatingFolds.Fold(all.select(train), all.select(test));
        System.out.printf("train %d ratings, test %d%n", fold.train().size(), fold.test().size());
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (String name : args) {
            Algorithm algorithm = registry.parse(name);
            for (int r = 0; r < 3; r++) {
                System.gc();
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                Model model = algorithm.fit(fold.train(), Progress.NONE);
                long t1 = System.nanoTime();
                long c1 = os.getProcessCpuTime();
                double rmse = RatingFolds.rmse(model, fold);
                long t2 = System.nanoTime();
                Runtime rt = Runtime.getRuntime();
                System.out.printf("%-20s fit %.2f s (process CPU %.2f s), predict %d ratings %.2f s, RMSE %.4f, heap used %d MB%n",
                        name, (t1 - t0) / 1e9, (c1 - c0) / 1e9, fold.test().size(), (t2 - t1) / 1e9, rmse,
                        (rt.totalMemory() - rt.freeMemory()) >> 20);
            }
        }
    }
}
