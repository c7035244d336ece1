package org.movierec.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.movierec.app.bench.BenchTable;
import org.movierec.app.bench.BenchTable.Column;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.Task;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.ItemFeatures;
import org.movierec.core.data.Profile;
import org.movierec.core.data.ProfileSampler;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code movierec bench recommend}: the serving hot path without HTTP. Each algorithm is fitted on the
 * whole data set; then profiles of a few ratings (sampled from real users) are folded in and answered
 * with the top n and their explanations, as the web app does per request, by 1, 2, ... threads at once
 * for a fixed time after an unmeasured warm-up. Reports requests/s and latency percentiles.
 */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = {"Time answering recommendation requests (fold in a profile, top n, explanations) straight from a fitted "
                + "model: requests/s and latency percentiles per number of threads.",
            "Profiles are --profile-size ratings of randomly chosen users of the data set."})
final class BenchRecommend implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "PATH",
            description = "The data set: a MovieLens release folder or zip, or generic CSV.")
    Path data;

    @Option(names = "--metadata", paramLabel = "PATH",
            description = "Movie metadata for content-based algorithms (repeatable), as for evaluate.")
    List<Path> metadata = new ArrayList<>();

    @Option(names = "--algorithms", required = true, paramLabel = "LIST",
            description = "Algorithms with optional parameters, e.g. ease,hybrid,ials:factors=64.")
    String algorithms;

    @Option(names = "--n", defaultValue = "20", paramLabel = "N", description = "Recommendations per request (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--profile-size", defaultValue = "10", paramLabel = "N",
            description = "Ratings per profile (default: ${DEFAULT-VALUE}).")
    int profileSize;

    @Option(names = "--profiles", defaultValue = "1000", paramLabel = "N", description = "Distinct profiles, used in turn (default: ${DEFAULT-VALUE}).")
    int profiles;

    @Option(names = "--threads", defaultValue = "1,2", split = ",", paramLabel = "LIST",
            description = "Numbers of threads sending requests at once (default: ${DEFAULT-VALUE}).")
    int[] threads;

    @Option(names = "--seconds", defaultValue = "5", paramLabel = "S", description = "Measured seconds per thread count (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "S",
            description = "Unmeasured seconds per algorithm first, for the JIT compiler (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed of the profile sample (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    BenchCommand.Output output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        check();
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        List<Algorithm> list = EvaluateCommand.parseAlgorithms(registry, algorithms, Task.RANKING);
        Dataset dataset = Releases.read(data, Progress.NONE);
        ItemFeatures features = EvaluationOptions.itemFeatures(dataset, metadata);
        RatingMatrix ratings = dataset.ratings();
        Profile[] sample;
        try {
            sample = ProfileSampler.sample(ratings, profileSize, profiles, seed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; choose a smaller --profile-size", e);
        }
        BenchTable table = new BenchTable("movierec bench recommend",
                new Column("algorithm", "algorithm", "%s"),
                new Column("threads", "threads", "%d"),
                new Column("requests", "requests", "%,d"),
                new Column("requestsPerSecond", "req/s", "%,.0f"),
                new Column("p50Millis", "p50 ms", "%.2f"),
                new Column("p99Millis", "p99 ms", "%.2f"),
                new Column("p999Millis", "p99.9 ms", "%.2f"),
                new Column("maxMillis", "max ms", "%.2f"));
        table.context("version", MovierecCommand.version()).context("data", dataset.name()).context("ratings", ratings.size())
                .context("items", ratings.itemCount()).context("profiles", sample.length + " x " + profileSize + " ratings")
                .context("n", n).context("seconds", seconds).context("seed", seed).machineContext();
        for (Algorithm algorithm : list) {
            Model model = algorithm.withItemFeatures(features).fit(ratings, Progress.NONE);
            run(model, sample, 1, warmup);
            for (int t : threads) {
                Latencies measured = run(model, sample, t, seconds);
                table.row(BenchCommand.rowName(registry, algorithm), t, measured.count(), measured.count() / measured.seconds(),
                        measured.percentile(0.50), measured.percentile(0.99), measured.percentile(0.999), measured.percentile(1));
            }
        }
        output.print(table, spec);
        return 0;
    }

    private void check() {
        if (n < 1 || profileSize < 1 || profiles < 1) {
            throw new IllegalArgumentException("--n, --profile-size and --profiles must be at least 1");
        }
        if (!(seconds > 0) || warmup < 0 || threads.length == 0 || Arrays.stream(threads).anyMatch(t -> t < 1 || t > 64)) {
            throw new IllegalArgumentException("--seconds must be positive, --warmup not negative and --threads 1 to 64");
        }
    }

    /** One request as the web app makes it: the top n not rated by the profile, then their explanations. */
    private void answer(Model model, Profile profile) {
        model.recommendExplained(profile, n, item -> !profile.contains(item));
    }

    private Latencies run(Model model, Profile[] sample, int threadCount, double duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threadCount);
        try {
            long end = System.nanoTime() + (long) (duration * 1e9);
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threadCount; t++) {
                int first = t * sample.length / threadCount;
                futures.add(pool.submit(() -> {
                    long[] nanos = new long[1 << 16];
                    int count = 0;
                    for (int r = first; System.nanoTime() < end; r++) {
                        long start = System.nanoTime();
                        answer(model, sample[r % sample.length]);
                        if (count == nanos.length) {
                            nanos = Arrays.copyOf(nanos, count * 2);
                        }
                        nanos[count++] = System.nanoTime() - start;
                    }
                    return Arrays.copyOf(nanos, count);
                }));
            }
            long started = end - (long) (duration * 1e9);
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : futures) {
                all.add(f.get());
            }
            return Latencies.of(all, (System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every request's latency, sorted, and the wall time they took together. */
    record Latencies(long[] sortedNanos, double seconds) {
        static Latencies of(List<long[]> perThread, double seconds) {
            long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Latencies(all, seconds);
        }

        int count() {
            return sortedNanos.length;
        }

        /** The latency below which the fraction q of requests finished, in milliseconds (nearest rank). */
        double percentile(double q) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(q * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank))] / 1e6;
        }
    }
}
