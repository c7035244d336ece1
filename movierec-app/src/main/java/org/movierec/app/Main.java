package org.movierec.app;

import org.movierec.app.cli.MovierecCommand;
import picocli.CommandLine;

/** Entry point of the movierec command line (and, through its serve command, the web application). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Libraries log through SLF4J; the command line binds no provider and prints only its own messages.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        System.exit(MovierecCommand.commandLine().execute(args));
    }
}
