package org.movierec.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level {@code movierec} command. Errors from any subcommand are printed as one or two plain
 * sentences on stderr with exit status 1; {@code --verbose} adds the stack trace.
 */
@Command(name = "movierec", mixinStandardHelpOptions = true, version = "movierec 0.1.0",
        description = "Movie recommendations from MovieLens data: import, train, evaluate and serve.",
        subcommands = {CommandLine.HelpCommand.class, ImportCommand.class, StatsCommand.class, AlgorithmsCommand.class,
            TrainCommand.class, EvaluateCommand.class, TuneCommand.class, RecommendCommand.class, GenerateCommand.class,
            DownloadCommand.class, ServeCommand.class, BenchCommand.class, ReportCommand.class})
public final class MovierecCommand implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version as "movierec X.Y.Z", from this command's declaration. */
    public static String version() {
        return MovierecCommand.class.getAnnotation(Command.class).version()[0];
    }

    /** The command line with every subcommand and movierec's error handling. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new MovierecCommand());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
            err.println("movierec: " + ErrorMessages.describe(ex));
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cli;
    }
}
