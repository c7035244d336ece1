package org.movierec.app.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.movierec.core.util.Progress;

/**
 * Shows core {@link Progress} as a text progress bar (me.tongfei:progressbar) on a stream, stderr by
 * default so that stdout stays clean for results. One bar per task; a new task closes the previous
 * bar. Safe to call from several threads.
 */
public final class ProgressBarProgress implements Progress {
    private final PrintStream out;
    private ProgressBar bar;

    public ProgressBarProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void start(String task, long total) {
        close();
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .build();
    }

    @Override
    public synchronized void step(long amount) {
        if (bar != null) {
            bar.stepBy(amount);
        }
    }

    @Override
    public synchronized void done() {
        close();
    }

    private void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
