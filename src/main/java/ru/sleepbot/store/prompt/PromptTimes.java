package ru.sleepbot.store.prompt;

import java.time.Instant;

/**
 * When a prompt of the {@code prompts} table is next due, given its row. The reminder package
 * supplies it (the schedule math lives there); the store calls it whenever a row's schedule
 * changes, so that the stored due instant never disagrees with the settings it came from.
 */
@FunctionalInterface
public interface PromptTimes {

    /** @return the next due instant, or null when none is (the prompt is off) */
    Instant next(ScheduledPrompt prompt, Instant now);
}
