package ru.sleepbot.store;

import java.time.Instant;

/**
 * When a user's next prompt is due, given their settings. The reminder package supplies it (the
 * schedule math lives there); the store calls it whenever reminder-related settings change, so
 * that the stored due instant can never disagree with the settings it was derived from.
 */
@FunctionalInterface
public interface DueTime {

    /** DueTime for stores that never send prompts (tests of other parts). */
    DueTime NEVER = (settings, now) -> null;

    /** @return the instant of the next prompt, or null when none is due (reminders off or unset) */
    Instant next(UserSettings settings, Instant now);
}
