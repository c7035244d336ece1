package org.movierec.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.movierec.app.store.Database;
import org.movierec.app.store.DatabaseImporter;
import org.movierec.app.store.ImportSummary;
import org.movierec.core.data.Dataset;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.io.Releases;
import org.movierec.core.io.metadata.MetadataSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code movierec import PATH|RELEASE}: loads a data set into the app's database, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Loads a data set into the app's database in one transaction: on any error nothing is imported.",
                "Importing the same data set again duplicates nothing."})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH|RELEASE",
            description = "A release folder or zip (any MovieLens release or the generic CSV), or the name of a"
                    + " downloaded release such as ml-1m.")
    String source;

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Format of the data set: auto (recognised from the files), ml-100k, ml-1m, ml-10m, ml-latest"
                    + " or generic-csv. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--metadata", paramLabel = "PATH",
            description = "Movie metadata to import with the data set (repeatable; earlier sources' facts first):"
                    + " the MeLU movies_extrainfos.dat or its folder, a HetRec 2011 folder, or a metadata CSV.")
    List<Path> metadata = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path path = ReleaseLocator.locate(source);
        Dataset dataset = Releases.read(path, format, ProgressBarProgress.onTerminal("MB", 1 << 20));
        Map<Integer, MovieMetadata> movies = MetadataSources.readAll(metadata, dataset.catalog());
        String metadataSource = metadata.stream().map(p -> String.valueOf(p.toAbsolutePath().normalize().getFileName()))
                .collect(Collectors.joining(", "));
        ImportSummary summary;
        String where;
        try (Database db = database.open()) {
            where = db.description();
            summary = new DatabaseImporter(db).importDataset(dataset, movies, metadataSource.isEmpty() ? null : metadataSource,
                    ProgressBarProgress.onTerminal("rows", 1));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s %s into %s: %,d movies, %,d users, %,d ratings, %,d tags, metadata of %,d movies%n",
                summary.repeated() ? "re-imported (unchanged)" : "imported", summary.name(), where, summary.movies(), summary.users(), summary.ratings(), summary.tags(), summary.metadata());
        out.flush();
        return 0;
    }
}
