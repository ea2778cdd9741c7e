package ru.sleepbot.outbound;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbound queue paces and retries.
 *
 * @param perSecond     messages per second across all chats (Telegram: 30)
 * @param perChat       the least time between two messages to one chat (Telegram: 1 s)
 * @param margin        added to both windows, so that jitter between our clock reading and
 *                      Telegram's arrival time never makes a burst look like 31 in one second
 * @param workers       sends in flight at once (each HTTP call takes a round trip)
 * @param maxAttempts   tries of one message on 5xx or network errors before it is dropped
 * @param firstBackoff  wait after the first failure; doubled after each further one
 * @param maxBackoff    longest wait between tries
 * @param drainDeadline how long close() keeps sending what is queued before it gives up
 */
public record QueueLimits(int perSecond, Duration perChat, Duration margin, int workers, int maxAttempts,
                          Duration firstBackoff, Duration maxBackoff, Duration drainDeadline) {

    /** Telegram's published limits, with a 5 ms margin. */
    public static final QueueLimits TELEGRAM = new QueueLimits(TelegramLimits.MESSAGES_PER_SECOND,
            TelegramLimits.PER_CHAT_GAP, Duration.ofMillis(5), 4, 5,
            Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(8));

    public QueueLimits {
        Objects.requireNonNull(perChat, "perChat");
        Objects.requireNonNull(margin, "margin");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(drainDeadline, "drainDeadline");
        if (perSecond < 1 || workers < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("perSecond, workers and maxAttempts must be positive");
        }
        if (perChat.isNegative() || margin.isNegative() || firstBackoff.isNegative() || drainDeadline.isNegative()
                || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("durations must be non-negative and maxBackoff >= firstBackoff");
        }
    }

    /** The wait before try number {@code attempt + 1}, after {@code attempt} failures. */
    Duration backoff(int attempt) {
        Duration d = firstBackoff;
        for (int i = 1; i < attempt && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
