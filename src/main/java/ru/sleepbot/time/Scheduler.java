package ru.sleepbot.time;

import java.time.Duration;

/** Runs a task later. Production uses an executor; tests use a manual scheduler on a fake clock. */
public interface Scheduler {

    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that may still be cancelled. */
    @FunctionalInterface
    interface Cancellable {
        /** Cancels the task if it has not started; harmless after it ran. */
        void cancel();
    }
}
