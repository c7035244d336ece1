package org.movierec.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.movierec.app.store.Database;
import org.movierec.app.store.DatabaseImporter;
import org.movierec.app.store.ImportSummary;
import org.movierec.core.data.Dataset;
import org.movierec.core.io.Releases;
import org.movierec.core.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path path = ReleaseLocator.locate(source, System.getenv());
        Progress progress = ProgressBarProgress.onStandardError();
        Dataset dataset = Releases.read(path, progress);
        ImportSummary summary;
        String where;
        try (Database db = database.open()) {
            where = db.description();
            summary = new DatabaseImporter(db).importDataset(dataset, progress);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s %s into %s: %,d movies, %,d users, %,d ratings, %,d tags%n",
                summary.repeated() ? "re-imported (unchanged)" : "imported", summary.name(),
                where,
                summary.movies(), summary.users(), summary.ratings(), summary.tags());
        out.flush();
        return 0;
    }
}
