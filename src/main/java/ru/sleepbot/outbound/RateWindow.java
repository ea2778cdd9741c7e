package ru.sleepbot.outbound;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * At most {@code limit} sends in any {@code window}, counted conservatively: a send occupies its
 * slot from the moment it starts, and its slot's time is when it finished. Telegram sees a
 * message somewhere between the two, so no jitter in between can make 31 land in one second.
 * Not thread-safe (the queue's lock guards it).
 */
final class RateWindow {

    private final int limit;
    private final Duration window;
    private final Deque<Instant> finished = new ArrayDeque<>();
    private int open;

    RateWindow(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    boolean hasRoom(Instant now) {
        while (!finished.isEmpty() && !finished.peekFirst().plus(window).isAfter(now)) {
            finished.pollFirst();
        }
        return finished.size() + open < limit;
    }

    /** A send starts. */
    void take() {
        open++;
    }

    /** A send (started with {@link #take}) finished at {@code at}; kept in time order. */
    void finish(Instant at) {
        open--;
        if (finished.isEmpty() || !finished.peekLast().isAfter(at)) {
            finished.addLast(at);
            return;
        }
        Deque<Instant> later = new ArrayDeque<>();
        while (!finished.isEmpty() && finished.peekLast().isAfter(at)) {
            later.addFirst(finished.pollLast());
        }
        finished.addLast(at);
        finished.addAll(later);
    }

    /** When the next send becomes allowed: now, when the oldest slot ages out, or null (after a send finishes). */
    Instant nextRoom(Instant now) {
        if (hasRoom(now)) {
            return now;
        }
        Iterator<Instant> oldest = finished.iterator();
        return oldest.hasNext() ? oldest.next().plus(window) : null;
    }
}
