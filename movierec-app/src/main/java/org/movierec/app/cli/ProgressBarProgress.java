package org.movierec.app.cli;

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
    private ProgressBar bar;

    public ProgressBarProgress(PrintStream out) {
        this.out = out;
    }

    /** A progress bar on stderr. */
    public static ProgressBarProgress onStandardError() {
        return new ProgressBarProgress(System.err);
    }

    @Override
    public synchronized void start(String task, long total) {
        done();
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
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
