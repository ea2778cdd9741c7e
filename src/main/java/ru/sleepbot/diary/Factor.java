package ru.sleepbot.diary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the evening before a night held, as the check-in offers it. Labels are content: diary.factor.<key>. */
public enum Factor {
    COFFEE, ALCOHOL, STRESS, WORKOUT, SCREENS, LATE, NAP;

    /** As stored and in button data: "coffee". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Factor> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
