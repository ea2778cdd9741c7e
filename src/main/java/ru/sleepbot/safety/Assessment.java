package ru.sleepbot.safety;

import java.util.Objects;
import java.util.Optional;

/**
 * What triage saw in one message: the level, the sign that decided it ({@code not_breathing},
 * {@code dvt}, {@code dose}; empty for routine), what exactly showed it ({@code detail}: which
 * rule, when the rule names it), whom it is about, and the follow-up cue the message carries
 * ({@code better}, {@code worse}... empty when none), which only matters while an alarm is being
 * followed up, and the concepts of this message the conversation should keep in mind
 * ({@code remember:} in the rules: whom it is about, a snorer...).
 */
public record Assessment(Level level, String sign, String detail, Person person, String cue,
                         java.util.Set<String> remembered) {

    public static final Assessment ROUTINE = new Assessment(Level.ROUTINE, "", "", Person.ANYONE, "");

    /** Without anything to remember for later messages. */
    public Assessment(Level level, String sign, String detail, Person person, String cue) {
        this(level, sign, detail, person, cue, java.util.Set.of());
    }

    public Assessment {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(cue, "cue");
        // In the rule book's order, the same in every run: Set.copyOf's order changes from one JVM to the
        // next, and the dialog reads whom a message is about from the order of what it keeps.
        remembered = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(remembered));
        if (level != Level.ROUTINE && sign.isEmpty()) {
            throw new IllegalArgumentException(level + " needs the sign that decided it");
        }
    }

    public boolean is(Level other) {
        return level == other;
    }

    public Optional<String> followUpCue() {
        return cue.isEmpty() ? Optional.empty() : Optional.of(cue);
    }

    /** The same reading with a cue found in the message and what to remember of it. */
    Assessment with(String found, java.util.Set<String> remember) {
        return new Assessment(level, sign, detail, person, found, remember);
    }
}
