package ru.sleepbot.chat;

import java.time.Duration;
import java.util.Objects;

/** What became of one send, in the terms the outbound queue acts on. */
public sealed interface DeliveryResult
        permits DeliveryResult.Delivered, DeliveryResult.RetryAfter, DeliveryResult.Blocked, DeliveryResult.Failed {

    /** Sent. */
    record Delivered() implements DeliveryResult {
    }

    /** HTTP 429: Telegram asks to wait this long before the next send. */
    record RetryAfter(Duration delay) implements DeliveryResult {
        public RetryAfter {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** HTTP 403: the user blocked the bot; further sends to this chat are pointless. */
    record Blocked() implements DeliveryResult {
    }

    /**
     * Anything else. {@code retryable} for 5xx and network errors (tried again with backoff),
     * not for 400-type errors (a malformed message would fail again).
     */
    record Failed(boolean retryable, String reason) implements DeliveryResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
