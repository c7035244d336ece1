package org.movierec.core.bench;

import java.nio.file.Path;
import java.util.Arrays;
import org.movierec.core.data.Dataset;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;

/**
 * Times {@link Releases#read} on a data set: {@code java -cp ... org.movierec.core.bench.ParseBenchmark PATH [RUNS]}.
 * Prints each run's wall time and the heap in use after the read; the first runs warm the JIT.
 */
public final class ParseBenchmark {
    private ParseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double[] seconds = new double[runs];
        Runtime rt = Runtime.getRuntime();
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            Dataset data = Releases.read(path, Progress.NONE);
            seconds[r] = (System.nanoTime() - start) / 1e9;
            System.gc();
            long used = rt.totalMemory() - rt.freeMemory();
            System.out.printf("run %d: %.3f s, %,d ratings, %,d users, %,d movies; heap after read %,d MB%n", r + 1,
                    seconds[r], data.ratings().size(), data.ratings().userCount(), data.catalog().size(), used >> 20);
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf("median %.3f s, best %.3f s over %d runs%n", sorted[runs / 2], sorted[0], runs);
    }
}
