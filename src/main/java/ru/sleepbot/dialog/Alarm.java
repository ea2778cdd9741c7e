package ru.sleepbot.dialog;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The alarm the bot has just answered (kept in the {@link Session}): an emergency or a warning sign
 * ({@code level}: {@code emergency}, {@code urgent}), which sign and rule ({@code detail}), about
 * whom ({@code child}, {@code pregnant}, {@code diabetes}, {@code anyone}), and when the bot last
 * spoke about it, so that short messages that follow stay with it for a while.
 */
public record Alarm(String level, String sign, String detail, String person, Instant since) implements Serializable {

    public Alarm {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(since, "since");
    }

    /** The same alarm, spoken about again at {@code now}. */
    public Alarm renewedAt(Instant now) {
        return new Alarm(level, sign, detail, person, now);
    }

    public boolean isEmergency() {
        return level.equals("emergency");
    }
}
