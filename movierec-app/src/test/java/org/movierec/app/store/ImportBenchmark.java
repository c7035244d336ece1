package org.movierec.app.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.IdIndex;
import org.movierec.core.data.Movie;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.data.RatingMatrixBuilder;
import org.movierec.core.data.RatingScale;
import org.movierec.core.util.Progress;

/**
 * Times the import of an ml-1m-sized data set (1,000,209 ratings, 6,040 users × 3,706 movies,
 * long-tailed as the acceptance check's generator) into a database and the load of its rating matrix.
 * Run: {@code java -cp movierec-app/target/test-classes:movierec-app/target/classes:movierec-app/target/lib/*
 * org.movierec.app.store.ImportBenchmark [DATABASE]} (default: a new SQLite file in a temp folder).
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Dataset dataset = ml1mSized();
        String location = args.length > 0 ? args[0] : Files.createTempDirectory("movierec-bench").resolve("bench.db").toString();
        try (Database database = Database.open(location)) {
            long start = System.nanoTime();
            ImportSummary summary = new DatabaseImporter(database).importDataset(dataset, Progress.NONE);
            double importSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("import of %,d ratings into %s: %.2f s (process CPU %.2f s so far)%n", summary.ratings(),
                    location, importSeconds, cpuSeconds());
            for (int run = 1; run <= 3; run++) {
                start = System.nanoTime();
                RatingMatrix matrix = new RatingRepository(database).load(Progress.NONE);
                System.out.printf("load %d of %,d ratings: %.2f s%n", run, matrix.size(), (System.nanoTime() - start) / 1e9);
            }
            start = System.nanoTime();
            DatabaseStatistics statistics = DatabaseStatistics.of(database);
            System.out.printf("statistics (%,d ratings): %.2f s%n", statistics.ratings(), (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            new DatabaseImporter(database).importDataset(dataset, Progress.NONE);
            System.out.printf("second import: %.2f s%n", (System.nanoTime() - start) / 1e9);
        }
        if (args.length == 0) {
            Path file = Path.of(location);
            System.out.printf("database file: %,d bytes%n", Files.size(file));
        }
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** The acceptance check's generator (foundation-stats) in Java, with its own random numbers. */
    static Dataset ml1mSized() {
        int users = 6040;
        int movies = 3706;
        int total = 1_000_209;
        SplittableRandom random = new SplittableRandom(2);
        double[] weight = new double[users];
        double sum = 0;
        for (int u = 0; u < users; u++) {
            weight[u] = 20 + Math.floor(Math.pow(random.nextDouble(), 3) * 1000);
            sum += weight[u];
        }
        int[] count = new int[users];
        int assigned = 0;
        for (int u = 0; u < users; u++) {
            count[u] = (int) (weight[u] * total / sum);
            assigned += count[u];
        }
        count[users - 1] += total - assigned;
        RatingMatrixBuilder builder = new RatingMatrixBuilder(new IdIndex(), new IdIndex(), RatingScale.WHOLE_STARS, total,
                true);
        long time = 956_703_932L;
        for (int u = 0; u < users; u++) {
            boolean[] seen = new boolean[movies + 1];
            int made = 0;
            while (made < Math.min(count[u], movies)) {
                int m = (int) (movies * random.nextDouble() * random.nextDouble()) + 1;
                if (!seen[m]) {
                    seen[m] = true;
                    made++;
                    builder.addById(u + 1, m, random.nextInt(5) + 1, time++);
                }
            }
        }
        List<Movie> list = new ArrayList<>();
        for (int m = 1; m <= movies; m++) {
            list.add(new Movie(m, "Movie " + m, 1990, List.of("Drama", "Comedy"), 0, 0));
        }
        return new Dataset("ml-1m-sized", "ml-1m", new Catalog(list), builder.build(), List.of(), Map.of());
    }
}
