package ru.sleepbot.dialog;

import java.time.Duration;

/** How long an idle conversation is remembered and how many are kept at most. */
public record SessionSettings(Duration idleExpiry, long maxSessions) {

    public static final SessionSettings DEFAULT = new SessionSettings(Duration.ofMinutes(30), 200_000);

    public SessionSettings {
        if (idleExpiry.isNegative() || idleExpiry.isZero()) {
            throw new IllegalArgumentException("idle expiry must be positive: " + idleExpiry);
        }
        if (maxSessions < 1) {
            throw new IllegalArgumentException("max sessions must be positive: " + maxSessions);
        }
    }
}
