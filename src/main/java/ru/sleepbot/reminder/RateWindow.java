package ru.sleepbot.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** A sliding window: at most {@code limit} starts in any {@code window}; not thread-safe (queue's lock). */
final class RateWindow {

    private final int limit;
    private final Duration window;
    private final Deque<Instant> starts = new ArrayDeque<>();

    RateWindow(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    boolean hasRoom(Instant now) {
        while (!starts.isEmpty() && !starts.peekFirst().plus(window).isAfter(now)) {
            starts.pollFirst();
        }
        return starts.size() < limit;
    }

    void take(Instant now) {
        starts.addLast(now);
    }

    /** When the next start becomes allowed (now if there is room). */
    Instant nextRoom(Instant now) {
        return hasRoom(now) ? now : starts.peekFirst().plus(window);
    }
}
