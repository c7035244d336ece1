package org.movierec.core.util;

/**
 * Progress of long work (parsing, training epochs, folds), reported to a progress bar or a log.
 * Implementations must tolerate calls from several threads.
 */
public interface Progress {
    /** Does nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void step(long amount) {
        }

        @Override
        public void done() {
        }
    };

    /** A new task of total steps begins (total -1 when unknown). */
    void start(String task, long total);

    /** amount more steps are done. */
    void step(long amount);

    /** The current task is finished. */
    void done();
}
