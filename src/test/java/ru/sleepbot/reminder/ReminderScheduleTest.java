package ru.sleepbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import ru.sleepbot.store.UserSettings;

class ReminderScheduleTest {

    private final ReminderSchedule schedule = new ReminderSchedule();

    private static UserSettings at(String zone, String time) {
        return UserSettings.defaults(1, ZoneId.of(zone)).withReminder(LocalTime.parse(time), true);
    }

    @Test
    void promptsTodayWhenTheTimeIsStillAhead() {
        Instant now = Instant.parse("2026-11-26T15:00:00Z"); // 18:00 in Moscow
        assertThat(schedule.next(at("Europe/Moscow", "22:00"), now)).isEqualTo(Instant.parse("2026-11-26T19:00:00Z"));
    }

    @Test
    void promptsTomorrowWhenTodaysTimeHasPassed() {
        Instant now = Instant.parse("2026-11-26T19:30:00Z"); // 22:30 in Moscow
        assertThat(schedule.next(at("Europe/Moscow", "22:00"), now)).isEqualTo(Instant.parse("2026-11-27T19:00:00Z"));
    }

    @Test
    void aTimeSetWithinTheMinuteStillCountsForToday() {
        Instant now = Instant.parse("2026-11-26T19:00:40Z");
        assertThat(schedule.next(at("Europe/Moscow", "22:00"), now)).isEqualTo(Instant.parse("2026-11-26T19:00:00Z"));
    }

    @Test
    void neverPromptsTwiceOnALocalDayAlreadyClaimed() {
        Instant now = Instant.parse("2026-11-26T15:00:00Z");
        UserSettings s = at("Europe/Moscow", "22:00").withLastPromptDate(LocalDate.of(2026, 11, 26));
        assertThat(schedule.next(s, now)).isEqualTo(Instant.parse("2026-11-27T19:00:00Z"));
    }

    @Test
    void handlesQuarterHourZonesLikeKathmanduAndPlainOffsets() {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        assertThat(schedule.next(at("Asia/Kathmandu", "22:00"), now)).isEqualTo(Instant.parse("2026-11-26T16:15:00Z"));
        UserSettings plus5 = UserSettings.defaults(1, ZoneOffset.ofHours(5)).withReminder(LocalTime.of(22, 30), true);
        assertThat(schedule.next(plus5, now)).isEqualTo(Instant.parse("2026-11-26T17:30:00Z"));
        assertThat(schedule.next(at("Asia/Kamchatka", "21:00"), now)).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
    }

    @Test
    void usesLocalDatesAcrossTheDateLine() {
        // At 23:30 UTC it is already the 27th in Vladivostok (09:30) and still the 26th in Los Angeles (15:30).
        Instant now = Instant.parse("2026-11-26T23:30:00Z");
        assertThat(schedule.next(at("Asia/Vladivostok", "21:00"), now)).isEqualTo(Instant.parse("2026-11-27T11:00:00Z"));
        assertThat(schedule.next(at("America/Los_Angeles", "21:00"), now)).isEqualTo(Instant.parse("2026-11-27T05:00:00Z"));
    }

    @Test
    void keepsLocalTimeAcrossASpringForwardChange() {
        // Berlin moves clocks from 02:00 to 03:00 on 29 March 2026: 22:00 is UTC+1 before, UTC+2 after.
        UserSettings s = at("Europe/Berlin", "22:00");
        Instant before = schedule.next(s, Instant.parse("2026-03-28T12:00:00Z"));
        Instant after = schedule.next(s.withLastPromptDate(LocalDate.of(2026, 3, 28)), Instant.parse("2026-03-28T21:05:00Z"));
        assertThat(before).isEqualTo(Instant.parse("2026-03-28T21:00:00Z"));
        assertThat(after).isEqualTo(Instant.parse("2026-03-29T20:00:00Z"));
    }

    @Test
    void movesATimeInsideTheGapLaterByTheGap() {
        // 02:30 does not exist in Berlin on 29 March 2026; it fires at 03:30 local (01:30 UTC).
        UserSettings s = at("Europe/Berlin", "02:30");
        assertThat(schedule.next(s, Instant.parse("2026-03-28T23:00:00Z"))).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void firesOnceAtTheFirstOfTwoIdenticalTimesInTheAutumnOverlap() {
        // 02:30 happens twice in Berlin on 25 October 2026 (UTC+2, then UTC+1): the first one counts.
        UserSettings s = at("Europe/Berlin", "02:30");
        Instant first = schedule.next(s, Instant.parse("2026-10-24T22:00:00Z"));
        assertThat(first).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        UserSettings claimed = s.withLastPromptDate(ReminderSchedule.promptDate(first, s.zone()));
        assertThat(schedule.next(claimed, Instant.parse("2026-10-25T01:30:00Z")))
                .isEqualTo(Instant.parse("2026-10-26T01:30:00Z"));
    }

    @Test
    void aSnoozeComesBeforeTheNextEvening() {
        Instant now = Instant.parse("2026-11-26T19:01:00Z");
        Instant snooze = Instant.parse("2026-11-26T19:16:00Z");
        UserSettings s = at("Europe/Moscow", "22:00").withLastPromptDate(LocalDate.of(2026, 11, 26)).withSnoozedUntil(snooze);
        assertThat(schedule.next(s, now)).isEqualTo(snooze);
    }

    @Test
    void nothingIsDueWhenRemindersAreOffOrUnset() {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        assertThat(schedule.next(at("Europe/Moscow", "22:00").withReminder(LocalTime.of(22, 0), false), now)).isNull();
        assertThat(schedule.next(UserSettings.defaults(1, ZoneId.of("Europe/Moscow")), now)).isNull();
    }
}
