package ru.sleepbot.diary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How many jerks a night had, as the check-in asks it; {@code level} orders them for the chart. */
public enum Jerks {
    NONE(0), FEW(1), MANY(2), WOKE(3);

    private final int level;

    Jerks(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    /** As stored and in button data: "few". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Jerks> of(String key) {
        return Arrays.stream(values()).filter(j -> j.key().equals(key)).findFirst();
    }

    /** Any jerks at all: the outcome the diary's comparisons count. */
    public boolean any() {
        return this != NONE;
    }
}
