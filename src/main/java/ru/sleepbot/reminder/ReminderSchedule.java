package ru.sleepbot.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import ru.sleepbot.store.DueTime;
import ru.sleepbot.store.UserSettings;

/**
 * When a user's next prompt is due. Local wall-clock time in the user's zone decides, so prompts
 * follow daylight-saving changes: a time that does not exist that night (a spring-forward gap) is
 * moved later by the gap's length; a time that happens twice (autumn overlap) fires at the first.
 */
public final class ReminderSchedule implements DueTime {

    /** Setting 21:00 at 21:00:40 still means "today", not tomorrow. */
    private static final Duration SETTING_GRACE = Duration.ofMinutes(1);

    @Override
    public Instant next(UserSettings settings, Instant now) {
        if (!settings.remindersOn() || settings.remindAt() == null) {
            return null;
        }
        Instant evening = nextEvening(settings, now);
        Instant snoozed = settings.snoozedUntil();
        return snoozed != null && snoozed.isBefore(evening) ? snoozed : evening;
    }

    /** The first evening prompt not yet claimed and not already past (beyond a minute's grace). */
    static Instant nextEvening(UserSettings settings, Instant now) {
        ZoneId zone = settings.zone();
        LocalDate date = LocalDate.ofInstant(now, zone);
        LocalDate last = settings.lastPromptDate();
        if (last != null && !date.isAfter(last)) {
            date = last.plusDays(1);
        }
        Instant at = occurrence(date, settings.remindAt(), zone);
        if (at.isBefore(now.minus(SETTING_GRACE))) {
            at = occurrence(date.plusDays(1), settings.remindAt(), zone);
        }
        return at;
    }

    /** The instant of {@code time} on {@code date} in {@code zone}, with java.time's gap and overlap rules. */
    static Instant occurrence(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** The user's local date a due prompt belongs to, the unit of "once per day". */
    public static LocalDate promptDate(Instant due, ZoneId zone) {
        return LocalDate.ofInstant(due, zone);
    }
}
