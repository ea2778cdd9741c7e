package ru.sleepbot.reminder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import ru.sleepbot.store.prompt.PromptKind;
import ru.sleepbot.store.prompt.PromptTimes;
import ru.sleepbot.store.prompt.ScheduledPrompt;

/**
 * When the diary's prompts are due, by the user's local wall clock (so DST and any zone are
 * java.time's job, as for the evening prompt): the morning check-in every day at its time, the
 * weekly chart on Sundays an hour after it, so that the night just recorded is on the chart.
 */
public final class PromptSchedule implements PromptTimes {

    /** The weekly chart comes this long after the Sunday check-in. */
    public static final Duration WEEKLY_AFTER_CHECKIN = Duration.ofHours(1);
    /** Setting 08:00 at 08:00:40 still means "today". */
    private static final Duration SETTING_GRACE = Duration.ofMinutes(1);

    @Override
    public Instant next(ScheduledPrompt p, Instant now) {
        if (!p.active()) {
            return null;
        }
        return switch (p.kind()) {
            case MORNING -> nextOn(p, now, false);
            case WEEKLY -> nextOn(p, now, true);
            case EVENING -> throw new IllegalArgumentException("the evening prompt has its own schedule");
        };
    }

    private static Instant nextOn(ScheduledPrompt p, Instant now, boolean sundays) {
        ZoneId zone = p.zone();
        LocalDate date = LocalDate.ofInstant(now, zone);
        if (p.lastPromptDate() != null && !date.isAfter(p.lastPromptDate())) {
            date = p.lastPromptDate().plusDays(1);
        }
        if (sundays) {
            date = date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        }
        Instant at = occurrence(p, date);
        if (at.isBefore(now.minus(SETTING_GRACE))) {
            at = occurrence(p, date.plusDays(sundays ? 7 : 1));
        }
        return at;
    }

    private static Instant occurrence(ScheduledPrompt p, LocalDate date) {
        Instant at = ReminderSchedule.occurrence(date, p.at(), p.zone());
        return p.kind() == PromptKind.WEEKLY ? at.plus(WEEKLY_AFTER_CHECKIN) : at;
    }

    /** The local date a due prompt is claimed for, the unit of "once per day" (for the weekly one, its Sunday). */
    public static LocalDate promptDate(PromptKind kind, Instant due, ZoneId zone) {
        return LocalDate.ofInstant(kind == PromptKind.WEEKLY ? due.minus(WEEKLY_AFTER_CHECKIN) : due, zone);
    }
}
