package ru.sleepbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The user store as the reminder service sees it: due work read from the database and claimed by
 * conditional updates, so that several bot instances (or one restarted) never send a prompt twice.
 */
public interface ReminderStore extends UserStore {

    /** Users with reminders on whose prompt is due at {@code now}, earliest first. */
    List<DueReminder> due(Instant now, int limit);

    /**
     * Claims the evening prompt of {@code localDate}: succeeds for exactly one caller, and only if
     * the due instant is still {@code expectedDue} and no prompt was claimed for that date or later.
     *
     * @param nextDue the due instant after this prompt (tomorrow's), stored in the same update
     */
    boolean claimEvening(long chatId, Instant expectedDue, LocalDate localDate, Instant nextDue);

    /** Claims a snoozed prompt: succeeds for exactly one caller while the snooze is still {@code expectedSnooze}. */
    boolean claimSnooze(long chatId, Instant expectedSnooze, Instant nextDue);
}
