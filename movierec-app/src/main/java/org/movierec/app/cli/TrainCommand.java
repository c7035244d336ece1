package org.movierec.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.movierec.core.algo.Algorithm;
import org.movierec.core.algo.AlgorithmRegistry;
import org.movierec.core.algo.Model;
import org.movierec.core.algo.ModelFile;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code movierec train}: trains an algorithm on a whole data set and saves the model file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train an algorithm on every rating of a data set and save the model file.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "The data set to train on.")
    Path data;

    @Option(names = "--algorithm", required = true, paramLabel = "NAME[:PARAMS]",
            description = "The algorithm with optional parameters, e.g. svd:factors=100,epochs=30.")
    String algorithm;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The model file to write.")
    Path out;

    @Option(names = "--metadata", paramLabel = "PATH",
            description = "Movie metadata for content-based algorithms (repeatable; earlier sources' facts first):"
                    + " the MeLU movies_extrainfos.dat or its folder, a HetRec 2011 folder, or a metadata CSV.")
    List<Path> metadata = new ArrayList<>();

    @Option(names = "--no-progress", description = "Do not show a progress bar.")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        Algorithm algo = registry.parse(algorithm);
        Progress progress = noProgress ? Progress.NONE : ProgressBarProgress.onStandardError();
        Dataset dataset = Releases.read(data, progress);
        RatingMatrix ratings = dataset.ratings();
        algo = algo.withItemFeatures(EvaluationOptions.itemFeatures(dataset, metadata));
        long start = System.nanoTime();
        Model model = algo.fit(ratings, progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        ModelFile.save(out, algo, model, ratings.users(), ratings.items(), ratings.scale());
        PrintWriter pw = spec.commandLine().getOut();
        pw.printf(Locale.ROOT, "trained %s on %,d ratings of %s in %.2f s; wrote %s (%,d bytes)%n", algo.name(), ratings.size(),
                dataset.name(), seconds, out, Files.size(out));
        pw.flush();
        return 0;
    }
}
