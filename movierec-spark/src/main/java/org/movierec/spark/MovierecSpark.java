package org.movierec.spark;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The {@code movierec-spark.sh} entry point: {@code cluster start|stop}, {@code recommend-all ...}, and
 * otherwise training ({@link SparkTrainCommand}). Errors are one sentence on stderr; {@code --verbose}
 * adds the stack trace.
 */
public final class MovierecSpark {
    private MovierecSpark() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args.length > 0 && isSubcommand(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args));
    }

    private static boolean isSubcommand(String word) {
        return word.equals("cluster") || word.equals("recommend-all");
    }

    /** The command the first argument names, with one-sentence errors. */
    static CommandLine commandLine(String... args) {
        String first = args.length > 0 ? args[0] : "";
        return commandLine(switch (first) {
            case "cluster" -> new ClusterCommand();
            case "recommend-all" -> new RecommendAllCommand();
            default -> new SparkTrainCommand();
        });
    }

    /** A command line for the command with one-sentence errors on stderr. */
    static CommandLine commandLine(Object command) {
        CommandLine cli = new CommandLine(command);
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("movierec-spark: " + ex.getMessage() + " (see movierec-spark.sh --help)");
            err.flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("movierec-spark: " + describe(ex));
            if (parseResult.hasMatchedOption("--verbose")) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cli;
    }

    private static String describe(Exception ex) {
        if (ex instanceof NoSuchFileException e) {
            return "no such file or directory: " + e.getFile();
        }
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() + " (run with --verbose for details)"
                : message.lines().findFirst().orElse(message);
    }
}
