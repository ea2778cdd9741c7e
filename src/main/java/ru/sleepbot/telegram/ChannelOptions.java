package ru.sleepbot.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of the Telegram channel. {@code pollTimeout} is the long-poll wait Telegram holds a
 * getUpdates open; {@code startAttempts} bounds how often getMe is retried while the network is down
 * at start (then the process exits and the platform restarts it).
 */
record ChannelOptions(Duration typingAfter, int workers, Duration pollTimeout, int startAttempts,
                      Duration backOffInitial, Duration backOffMax) {

    ChannelOptions {
        Objects.requireNonNull(typingAfter, "typingAfter");
        Objects.requireNonNull(pollTimeout, "pollTimeout");
        Objects.requireNonNull(backOffInitial, "backOffInitial");
        Objects.requireNonNull(backOffMax, "backOffMax");
        if (workers < 1 || startAttempts < 1) {
            throw new IllegalArgumentException("workers and startAttempts must be positive");
        }
        if (pollTimeout.isNegative() || pollTimeout.toSeconds() > 50) {
            throw new IllegalArgumentException("pollTimeout must be 0..50 s, got " + pollTimeout);
        }
    }

    static ChannelOptions standard() {
        return new ChannelOptions(Duration.ofMillis(700), 8, Duration.ofSeconds(25), 8,
                Duration.ofMillis(500), Duration.ofSeconds(30));
    }
}
