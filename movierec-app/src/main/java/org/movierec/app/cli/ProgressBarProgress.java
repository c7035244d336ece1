package org.movierec.app.cli;

import java.io.Console;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.movierec.core.util.Progress;

/**
 * Shows the progress of long work as a text progress bar on a stream (stderr for commands, so that
 * their output stays clean). One bar per task; thread-safe.
 */
public final class ProgressBarProgress implements Progress {
    private final PrintStream out;
    private final String unit;
    private final long unitSize;
    private ProgressBar bar;

    public ProgressBarProgress(PrintStream out) {
        this(out, "", 1);
    }

    /** A bar counting in a unit, e.g. ("MB", 1 << 20) for bytes shown as megabytes. */
    public ProgressBarProgress(PrintStream out, String unit, long unitSize) {
        this.out = out;
        this.unit = unit;
        this.unitSize = unitSize;
    }

    /** A progress bar on stderr. */
    public static ProgressBarProgress onStandardError() {
        return new ProgressBarProgress(System.err);
    }

    /**
     * A bar on stderr counting in the unit when stderr is an interactive terminal, otherwise
     * {@link Progress#NONE}, so that scripts and redirected output see no bar.
     */
    public static Progress onTerminal(String unit, long unitSize) {
        return isTerminal() ? new ProgressBarProgress(System.err, unit, unitSize) : Progress.NONE;
    }

    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public synchronized void start(String task, long total) {
        done();
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(unit, unitSize)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .build();
    }

    @Override
    public void step(long amount) {
        ProgressBar current;
        synchronized (this) {
            current = bar;
        }
        if (current != null) {
            current.stepBy(amount);
        }
    }

    @Override
    public synchronized void done() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
