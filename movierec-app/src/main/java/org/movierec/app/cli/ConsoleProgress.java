package org.movierec.app.cli;

import java.io.Console;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.movierec.core.util.Progress;

/**
 * Progress shown as a bar on stderr, one bar per task. Shown only on an interactive terminal, so
 * redirected output and scripts see no bar. Thread-safe (the bar is).
 */
public final class ConsoleProgress implements Progress {
    private final PrintStream out;
    private final String unit;
    private final long unitSize;
    private volatile ProgressBar bar;

    private ConsoleProgress(PrintStream out, String unit, long unitSize) {
        this.out = out;
        this.unit = unit;
        this.unitSize = unitSize;
    }

    /** A bar counting in the unit (e.g. "MB", 1 << 20), or {@link Progress#NONE} when stderr is not a terminal. */
    public static Progress onTerminal(String unit, long unitSize) {
        return isTerminal() ? new ConsoleProgress(System.err, unit, unitSize) : Progress.NONE;
    }

    /** A bar on the stream whether or not it is a terminal. */
    public static Progress on(PrintStream out, String unit, long unitSize) {
        return new ConsoleProgress(out, unit, unitSize);
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
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(total, -1))
                .setUnit(unit, unitSize).setConsumer(new ConsoleProgressBarConsumer(out))
                .setUpdateIntervalMillis(200).build();
    }

    @Override
    public void step(long amount) {
        ProgressBar current = bar;
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
