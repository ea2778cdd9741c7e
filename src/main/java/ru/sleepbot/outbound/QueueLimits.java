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
 * @param workers       the most sends in flight at once (each HTTP call takes a round trip); fewer
 *                      while fewer keep up with {@code perSecond} (see {@link RoundTrips})
 * @param firstBackoff  pause of all sending after a 5xx or network error; doubled while they go on
 * @param maxBackoff    longest such pause: once Telegram is back, sending resumes within it
 * @param drainDeadline how long close() keeps sending what is queued (what is left stays in the
 *                      durable outbox for the next start)
 * @param answerTtl     how long an answer is worth sending: retried until then, then dropped
 * @param promptTtl     the same for a bulk message that names no deadline of its own
 */
public record QueueLimits(int perSecond, Duration perChat, Duration margin, int workers,
                          Duration firstBackoff, Duration maxBackoff, Duration drainDeadline,
                          Duration answerTtl, Duration promptTtl) {

    /**
     * Telegram's published limits, with a 5 ms margin; a 25 s drain fits Heroku's 30 s between
     * SIGTERM and SIGKILL; answers are retried for 10 minutes, prompts until their 2-hour window closes.
     */
    public static final QueueLimits TELEGRAM = new QueueLimits(TelegramLimits.MESSAGES_PER_SECOND,
            TelegramLimits.PER_CHAT_GAP, Duration.ofMillis(5), 4,
            Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(25),
            Duration.ofMinutes(10), Duration.ofHours(2));

    public QueueLimits {
        Objects.requireNonNull(perChat, "perChat");
        Objects.requireNonNull(margin, "margin");
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(drainDeadline, "drainDeadline");
        Objects.requireNonNull(answerTtl, "answerTtl");
        Objects.requireNonNull(promptTtl, "promptTtl");
        if (perSecond < 1 || workers < 1) {
            throw new IllegalArgumentException("perSecond and workers must be positive");
        }
        if (perChat.isNegative() || margin.isNegative() || firstBackoff.isNegative() || drainDeadline.isNegative()
                || maxBackoff.compareTo(firstBackoff) < 0 || answerTtl.isNegative() || promptTtl.isNegative()) {
            throw new IllegalArgumentException("durations must be non-negative and maxBackoff >= firstBackoff");
        }
    }

    /** Until when {@code message} is worth sending: its own deadline, or the default of its priority from {@code now}. */
    java.time.Instant deadline(ru.sleepbot.chat.Outgoing message, java.time.Instant now) {
        if (message.notAfter() != null) {
            return message.notAfter();
        }
        return now.plus(message.priority() == ru.sleepbot.chat.Outgoing.Priority.INTERACTIVE ? answerTtl : promptTtl);
    }

    /** The pause after {@code failures} failed sends in a row. */
    Duration backoff(int failures) {
        Duration d = firstBackoff;
        for (int i = 1; i < failures && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
