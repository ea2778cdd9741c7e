package ru.sleepbot.safety;

/**
 * Whom a message is about, as far as the right doctor depends on it. Read from the concepts
 * {@code who.child}, {@code who.pregnant} and {@code who.diabetes} of the rules; anyone else is
 * {@link #ANYONE}.
 */
public enum Person {
    ANYONE, PREGNANT, CHILD, DIABETES;

    /** The concept of the rules that names this person; {@code null} for anyone. */
    String concept() {
        return this == ANYONE ? null : "who." + key();
    }

    /** The suffix of message keys written for this person: {@code child}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
