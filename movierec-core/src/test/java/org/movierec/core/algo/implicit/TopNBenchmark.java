package org.movierec.core.algo.implicit;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Model;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Profile;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

/**
 * Speed benchmark (run by hand, not a unit test): fits the given algorithms on a generated
 * ml-1m-sized set (1,000,209 ratings, 6,040 users, 3,706 movies; Zipf-like item popularity and
 * skewed user activity) and times the fit and a top-10 list for every user.
 * Arguments: ALGO... (registry strings).
 */
public final class TopNBenchmark {
    private TopNBenchmark() {
    }

    /** A generated rating matrix of the given size, reproducible by seed. */
    public static RatingMatrix generate(int users, int items, int ratings, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] cumulative = new double[items];
        double total = 0;
        for (int i = 0; i < items; i++) {
            total += 1 / Math.pow(i + 10, 0.9);
            cumulative[i] = total;
        }
        double[] activity = new double[users];
        double activityTotal = 0;
        for (int u = 0; u < users; u++) {
            activity[u] = Math.exp(random.nextGaussian() * 0.9);
            activityTotal += activity[u];
        }
        RatingMatrixBuilder b = new RatingMatrixBuilder(IdIndex.of(IntStream.range(1, users + 1).toArray()),
                IdIndex.of(IntStream.range(1, items + 1).toArray()), RatingScale.WHOLE_STARS, ratings, false);
        int added = 0;
        for (int u = 0; u < users; u++) {
            int n = u == users - 1 ? ratings - added
                    : Math.min(items / 2, Math.max(20, (int) Math.round(activity[u] / activityTotal * ratings)));
            n = Math.max(0, Math.min(n, Math.min(items, ratings - added)));
            boolean[] seen = new boolean[items];
            int taste = random.nextInt(items);
            for (int k = 0; k < n; k++) {
                int item;
                do {
                    double r = random.nextDouble() * total;
                    int pos = Arrays.binarySearch(cumulative, r);
                    item = pos >= 0 ? pos : -pos - 1;
                    if (random.nextDouble() < 0.3) {
                        item = (taste + random.nextInt(200)) % items;
                    }
                } while (seen[item]);
                seen[item] = true;
                b.add(u, item, 1 + random.nextInt(5), 0);
            }
            added += n;
        }
        return b.build();
    }

    public static void main(String[] args) {
        RatingMatrix data = generate(6040, 3706, 1_000_209, 1);
        System.out.println("generated " + data.size() + " ratings, " + data.userCount() + " users, " + data.itemCount() + " items");
        com.sun.management.OperatingSystemMXBean cpu =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AlgorithmRegistry registry = new AlgorithmRegistry(TopNAlgorithms.specs());
        for (String arg : args) {
            Algorithm algorithm = registry.parse(arg);
            for (int rep = 0; rep < 2; rep++) {
                long c0 = cpu.getProcessCpuTime();
                long t0 = System.nanoTime();
                Model model = algorithm.fit(data, Progress.NONE);
                long t1 = System.nanoTime();
                long c1 = cpu.getProcessCpuTime();
                long hits = IntStream.range(0, data.userCount()).parallel().mapToLong(u -> {
                    Profile p = data.profile(u);
                    return model.recommend(p, 10, item -> !p.contains(item)).size();
                }).sum();
                long t2 = System.nanoTime();
                System.out.printf("%s fit %.2f s (CPU %.2f s), top-10 for %d users %.2f s (%d items)%n", arg, (t1 - t0) / 1e9, (c1 - c0) / 1e9,
                        data.userCount(), (t2 - t1) / 1e9, hits);
            }
        }
    }
}
