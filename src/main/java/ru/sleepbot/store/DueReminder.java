package ru.sleepbot.store;

import java.time.Instant;
import java.util.Objects;

/** A user whose prompt is due: the settings as read, and the stored due instant they are claimed by. */
public record DueReminder(UserSettings settings, Instant dueAt) {

    public DueReminder {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** True when this is a snoozed prompt coming back rather than the evening one. */
    public boolean snoozed() {
        return settings.snoozedUntil() != null && !settings.snoozedUntil().isAfter(dueAt);
    }
}
