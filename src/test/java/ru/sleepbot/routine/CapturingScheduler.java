package ru.sleepbot.routine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ru.sleepbot.time.Scheduler;

/**
 * Keeps every scheduled task and ignores cancel: it plays a timer whose cancellation came too
 * late, the race the player must survive on a real executor.
 */
final class CapturingScheduler implements Scheduler {

    private final List<Runnable> tasks = new ArrayList<>();

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        tasks.add(task);
        return () -> { };
    }

    synchronized Runnable latest() {
        return tasks.get(tasks.size() - 1);
    }
}
