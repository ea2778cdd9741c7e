package ru.sleepbot.dialog;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An emergency the bot has just answered (kept in the {@link Session}): which sign, about whom
 * ({@code child}, {@code pregnant}, {@code diabetes}, {@code anyone}), and when the bot last spoke
 * about it, so that short messages that follow stay in that situation for a while.
 */
public record Emergency(String sign, String person, Instant since) implements Serializable {

    public Emergency {
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(since, "since");
    }

    /** The same situation, spoken about again at {@code now}. */
    public Emergency renewedAt(Instant now) {
        return new Emergency(sign, person, now);
    }
}
