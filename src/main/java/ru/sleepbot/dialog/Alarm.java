package ru.sleepbot.dialog;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The alarm the bot has just answered (kept in the {@link Session}): an emergency or a warning sign
 * ({@code level}: {@code emergency}, {@code urgent}), which sign and rule ({@code detail}), about
 * whom ({@code child}, {@code pregnant}, {@code diabetes}, {@code anyone}), and when the bot last
 * spoke about it, so that short messages that follow stay with it for a while. An emergency is
 * {@code settled} once the person says the doctors have come or it is over: then only a message
 * that it is getting worse stays with it, and questions are answered as usual again.
 */
public record Alarm(String level, String sign, String detail, String person, Instant since, boolean settled)
        implements Serializable {

    public Alarm {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(since, "since");
    }

    /** An alarm just answered, not settled. */
    public Alarm(String level, String sign, String detail, String person, Instant since) {
        this(level, sign, detail, person, since, false);
    }

    /** The same alarm, spoken about again at {@code now}. */
    public Alarm renewedAt(Instant now) {
        return new Alarm(level, sign, detail, person, now, settled);
    }

    /** The same alarm, in the hands of doctors or over (the time it was last spoken about stays). */
    public Alarm settle() {
        return new Alarm(level, sign, detail, person, since, true);
    }

    /** An emergency still going on (not settled). */
    public boolean isEmergency() {
        return level.equals("emergency") && !settled;
    }
}
