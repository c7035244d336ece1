package org.movierec.app.cluster;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Work repeated at a fixed delay on a daemon thread of its own while the application runs (started and
 * stopped with the context). A failed run is logged and the work runs again after the next delay.
 */
abstract class PeriodicTask implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private volatile ScheduledExecutorService executor;

    /** @param name the thread's name, also naming the work in the log */
    PeriodicTask(String name) {
        this.name = name;
    }

    /** The delay before the first run and between runs. */
    abstract Duration delay();

    /** One run of the work. */
    abstract void runOnce();

    /** Called once the runs stopped (the application stops); nothing by default. */
    void stopped() {
    }

    @Override
    public void start() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        long delay = delay().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                runOnce();
            } catch (RuntimeException e) {
                LOG.warn("{} failed (runs again in {} ms): {}", name, delay, e.toString());
            }
        }, delay, delay, TimeUnit.MILLISECONDS);
        executor = scheduler;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.shutdownNow();
            executor = null;
            stopped();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
