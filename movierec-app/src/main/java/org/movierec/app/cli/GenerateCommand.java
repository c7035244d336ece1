package org.movierec.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.movierec.core.io.SyntheticReleaseGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code movierec generate}: a synthetic release-shaped data set for scale tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic data set in MovieLens format (long-tailed popularity and activity, "
                + "ratings from latent tastes plus noise, timestamps, genres).")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--users", required = true, paramLabel = "N", description = "Number of users.")
    int users;

    @Option(names = "--movies", required = true, paramLabel = "M", description = "Number of movies.")
    int movies;

    @Option(names = "--ratings", required = true, paramLabel = "R", description = "Exact number of ratings.")
    long ratings;

    @Option(names = "--format", defaultValue = "ml-1m", paramLabel = "FORMAT",
            description = "ml-1m or ml-latest. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
            description = "Random seed; the same seed writes the same files. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var request = new SyntheticReleaseGenerator.Spec(users, movies, ratings, format, seed);
        long start = System.nanoTime();
        List<Path> files = SyntheticReleaseGenerator.generate(request, out, ProgressBarProgress.onTerminal("ratings", 1));
        spec.commandLine().getOut().printf("wrote %,d ratings of %,d users on %,d movies (%s) to %s in %.1f s: %s%n",
                ratings, users, movies, format, out, (System.nanoTime() - start) / 1e9,
                String.join(", ", files.stream().map(p -> p.getFileName().toString()).toList()));
        return 0;
    }
}
