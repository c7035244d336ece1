package org.movierec.app;

import org.movierec.app.cli.MovierecCommand;
import picocli.CommandLine;

/** Entry point of the movierec command line (and, through its serve command, the web application). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(MovierecCommand.commandLine().execute(args));
    }
}
