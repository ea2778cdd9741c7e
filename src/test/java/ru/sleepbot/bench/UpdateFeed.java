package ru.sleepbot.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * The getUpdates side of {@link LoopbackBotApi}: updates wait in order until a poll asks for an offset
 * past them (that is how Telegram confirms), and a poll with a timeout waits for the next update.
 */
final class UpdateFeed {

    private final Deque<Entry> pending = new ArrayDeque<>();
    private int lastId;
    private boolean closed;

    private record Entry(int id, String json) {
    }

    /** Adds an update built from its new id; returns the id. */
    synchronized int add(IntFunction<String> json) {
        int id = ++lastId;
        pending.addLast(new Entry(id, json.apply(id)));
        notifyAll();
        return id;
    }

    /** The JSON array for a getUpdates call. */
    synchronized String take(int offset, int limit, int timeoutSeconds) throws InterruptedException {
        return take(offset, limit, timeoutSeconds, () -> false);
    }

    /**
     * The JSON array for a getUpdates call, or null when a newer call {@code superseded} this one
     * while it waited (Telegram then ends the older call with 409 Conflict).
     */
    synchronized String take(int offset, int limit, int timeoutSeconds, BooleanSupplier superseded)
            throws InterruptedException {
        while (!pending.isEmpty() && pending.peekFirst().id() < offset) {
            pending.removeFirst();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (pending.isEmpty() && !closed) {
            if (superseded.getAsBoolean()) {
                return null;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        List<String> batch = new ArrayList<>();
        for (Entry entry : pending) {
            if (batch.size() >= Math.max(1, limit)) {
                break;
            }
            batch.add(entry.json());
        }
        return "[" + String.join(",", batch) + "]";
    }

    /** Wakes waiting polls (a newer poll arrived). */
    synchronized void wake() {
        notifyAll();
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
