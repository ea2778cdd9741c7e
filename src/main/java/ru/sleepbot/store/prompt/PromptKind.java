package ru.sleepbot.store.prompt;

import java.util.Locale;

/**
 * The kinds of prompt the bot sends on its own, each claimed at most once per local day: the
 * evening wind-down (kept in {@code users}), the sleep diary's morning check-in and its weekly
 * chart (kept in {@code prompts}).
 */
public enum PromptKind {
    EVENING, MORNING, WEEKLY;

    /** How the kind is written in the database: "morning". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PromptKind of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
