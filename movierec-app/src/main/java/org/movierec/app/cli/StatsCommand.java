package org.movierec.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.movierec.app.store.Database;
import org.movierec.app.store.DatabaseStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code movierec stats}: counts, density, rating distribution and quantiles of the app's database. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints users, movies, ratings, density, the rating distribution and ratings-per-user and"
                + " per-movie quantiles of the app's database.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--json", description = "Print one JSON object (keys users, movies, ratedMovies, ratings, ...).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = database.open()) {
            DatabaseStatistics statistics = DatabaseStatistics.of(db);
            if (json) {
                DatabaseStatsPrinter.printJson(statistics, out);
            } else {
                DatabaseStatsPrinter.printText(db.description(), statistics, out);
            }
        }
        out.flush();
        return 0;
    }
}
