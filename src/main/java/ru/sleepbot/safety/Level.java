package ru.sleepbot.safety;

/** How urgent a message is, from the most urgent down; {@link #ROUTINE} is an ordinary question. */
public enum Level {
    /** Call 103/112 now: it may be happening now or is time-critical. */
    EMERGENCY,
    /** A warning sign: the right doctor today or in 1-2 days, not an ambulance. */
    URGENT,
    /** A risky plan with a medicine, alcohol or a supplement: a calm reply of its own. */
    MEDICINE,
    /** Nothing alarming: the topic answer. */
    ROUTINE;

    /** The name used in content and in the triage tables: {@code emergency}, {@code none} for routine. */
    public String key() {
        return this == ROUTINE ? "none" : name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Level fromKey(String key) {
        for (Level level : values()) {
            if (level.key().equals(key) || level.name().equalsIgnoreCase(key)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown triage level '" + key + "' (emergency, urgent, medicine, none)");
    }

    /** True when this level is at least as urgent as {@code other}. */
    public boolean atLeast(Level other) {
        return ordinal() <= other.ordinal();
    }
}
