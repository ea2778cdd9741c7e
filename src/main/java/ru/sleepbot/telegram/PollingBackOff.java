package ru.sleepbot.telegram;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Waits between failed Bot API calls: doubling from {@code initial} up to {@code max}, with jitter so
 * that several instances do not retry in step. Unlike the library's ExponentialBackOff it never gives
 * up and never jumps to a 15-minute wait after a long outage: the bot resumes within {@code max} of the
 * network coming back. Not thread-safe; one per polling loop.
 */
final class PollingBackOff implements BackOff {

    private final long initialMillis;
    private final long maxMillis;
    private final RandomGenerator random;
    private long currentMillis;

    PollingBackOff(Duration initial, Duration max, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
        this.random = random;
        this.currentMillis = initialMillis;
    }

    static PollingBackOff standard() {
        return new PollingBackOff(Duration.ofMillis(500), Duration.ofSeconds(30), RandomGenerator.getDefault());
    }

    @Override
    public void reset() {
        currentMillis = initialMillis;
    }

    /** The next wait: the current interval ±25 %, then the interval doubles (capped). */
    @Override
    public long nextBackOffMillis() {
        long base = currentMillis;
        currentMillis = Math.min(maxMillis, currentMillis * 2);
        long jitter = base / 4;
        return Math.max(1, base - jitter + (jitter == 0 ? 0 : random.nextLong(2 * jitter + 1)));
    }
}
