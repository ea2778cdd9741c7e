package ru.sleepbot.outbound;

import java.time.Duration;

/**
 * How many sends to keep in flight at once: as few as keep up with Telegram's rate limit at the
 * round trip measured lately (Little's law: {@code perSecond × round trip}), at least one and at
 * most the queue's workers. Every send in flight is one a kill -9 can catch after Telegram took
 * it and before the bot read the answer, to be sent again at the next start; on a fast link one
 * at a time reaches 30 a second, so a burst (a start sending what the last run left, a backlog
 * after an outage) no longer puts four on the wire at once. Not thread-safe (the queue's lock).
 */
final class RoundTrips {

    /** Weight of the newest round trip in the running average: a slow spell shows within a few sends. */
    private static final double WEIGHT = 0.2;

    private final int perSecond;
    private final int most;
    private double averageSeconds = -1;

    RoundTrips(int perSecond, int most) {
        if (perSecond < 1 || most < 1) {
            throw new IllegalArgumentException("perSecond and most must be positive");
        }
        this.perSecond = perSecond;
        this.most = most;
    }

    /** A send (any result) took {@code roundTrip} from its start to its answer. */
    void add(Duration roundTrip) {
        double seconds = Math.max(0, roundTrip.toNanos() / 1e9);
        averageSeconds = averageSeconds < 0 ? seconds : averageSeconds + WEIGHT * (seconds - averageSeconds);
    }

    /** Sends allowed in flight now: one until a round trip was measured. */
    int inFlight() {
        if (averageSeconds < 0) {
            return 1;
        }
        long needed = (long) Math.ceil(perSecond * averageSeconds);
        return (int) Math.max(1, Math.min(most, needed));
    }
}
