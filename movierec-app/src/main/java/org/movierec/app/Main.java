package org.movierec.app;

import org.movierec.app.cli.MovierecCommand;

/** Entry point of the movierec command line (and, through its serve command, the web application). */
public final class Main {
    private static final String LOGBACK_CONFIGURATION = "logback.configurationFile";

    private Main() {
    }

    /** The first argument that is not an option, or null. */
    private static String subcommand(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    public static void main(String[] args) {
        // Libraries log through SLF4J to Logback. Every command but serve (which has Spring Boot's logging)
        // takes logback-cli.xml: warnings on stderr only, so that stdout carries just the command's output.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        if (System.getProperty(LOGBACK_CONFIGURATION) == null && !"serve".equals(subcommand(args))) {
            System.setProperty(LOGBACK_CONFIGURATION, "logback-cli.xml");
        }
        System.exit(MovierecCommand.commandLine().execute(args));
    }
}
