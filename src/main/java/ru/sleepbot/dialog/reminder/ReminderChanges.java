package ru.sleepbot.dialog.reminder;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.City;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.reminder.TimeParser;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.store.UserStore;

/**
 * What the reminder feature does to a user's settings, one atomic {@link UserStore#update} each
 * (so two changes at once cannot mix), and the reply to each: set a time (with the zone when one
 * was named), pause (for some evenings, or until resumed), skip today, resume, stop, snooze, and
 * show what is set.
 */
final class ReminderChanges {

    static final Duration SNOOZE = Duration.ofMinutes(15);
    /** Offered before a time is set; once it is, three of them and the controls (six buttons in all). */
    private static final List<LocalTime> PRESETS = List.of(LocalTime.of(21, 30), LocalTime.of(22, 0),
            LocalTime.of(22, 30), LocalTime.of(23, 0));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("ru"));

    private final UserStore users;
    private final ReminderTexts texts;
    private final TimeZoneDialog zones;
    private final Clock clock;

    ReminderChanges(UserStore users, ReminderTexts texts, TimeZoneDialog zones, Clock clock) {
        this.users = users;
        this.texts = texts;
        this.zones = zones;
        this.clock = clock;
    }

    /** True when the user has an evening reminder time set (on or paused). */
    boolean hasReminder(Turn turn) {
        return users.find(turn.chat().id()).map(UserSettings::remindAt).isPresent();
    }

    List<Reply> apply(Turn turn, ReminderIntent.Action action) {
        if (action instanceof ReminderIntent.SetTime set) {
            return setTime(turn, set.time(), set.place());
        }
        if (action instanceof ReminderIntent.Shift shift) {
            // "на полчаса позже": from the time set; with none set yet, the time is asked.
            Optional<LocalTime> at = users.find(turn.chat().id()).map(UserSettings::remindAt);
            return at.map(t -> setTime(turn, t.plus(shift.by()), Optional.empty())).orElseGet(() -> menu(turn));
        }
        if (action instanceof ReminderIntent.BadTime bad) {
            turn.session().open(new ReminderFeature.AwaitingTime());
            return texts.say("bad_time", Map.of("input", bad.fragment()), "reminder_ask");
        }
        if (action instanceof ReminderIntent.Stop) {
            return stop(turn);
        }
        if (action instanceof ReminderIntent.Pause pause) {
            return pause.days().map(days -> skip(turn, days)).orElseGet(() -> pause(turn));
        }
        if (action instanceof ReminderIntent.SkipToday) {
            return skip(turn, 1);
        }
        if (action instanceof ReminderIntent.SkipAhead ahead) {
            return skipAhead(turn, ahead.weekend());
        }
        if (action instanceof ReminderIntent.Resume) {
            return resume(turn);
        }
        if (action instanceof ReminderIntent.Zone zone) {
            return zone.place().map(p -> zones.place(turn, p)).orElseGet(() -> zones.menu(turn));
        }
        if (action instanceof ReminderIntent.Status) {
            // "а напоминание осталось?": the menu says what is set, or that nothing is; that is the answer.
            return menu(turn).stream().map(r -> r.withKind("reminder_status")).toList();
        }
        return menu(turn);
    }

    List<Reply> press(Turn turn, ButtonData.Reminder press) {
        if (press instanceof ButtonData.ReminderAt at) {
            return setTime(turn, at.time(), Optional.empty());
        }
        if (press instanceof ButtonData.ReminderOther) {
            turn.session().open(new ReminderFeature.AwaitingTime());
            return texts.say("ask_time", "reminder_ask");
        }
        if (press instanceof ButtonData.ReminderPause) {
            return pause(turn);
        }
        if (press instanceof ButtonData.ReminderResume) {
            return resume(turn);
        }
        if (press instanceof ButtonData.ReminderStop) {
            return stop(turn);
        }
        return press instanceof ButtonData.ReminderSnooze ? snooze(turn) : menu(turn);
    }

    private List<Reply> setTime(Turn turn, LocalTime time, Optional<ReminderIntent.Place> place) {
        ReminderFeature.closeOwnFlow(turn);
        boolean first = users.find(turn.chat().id()).map(UserSettings::remindAt).isEmpty();
        Optional<ReminderIntent.Known> known = place.filter(ReminderIntent.Known.class::isInstance)
                .map(ReminderIntent.Known.class::cast).map(k -> zones.byCity(turn, k));
        UserSettings s = users.update(turn.chat().id(), u -> {
            UserSettings withTime = u.withReminder(time, true).withSnoozedUntil(null);
            return known.map(k -> withTime.withZone(k.zone())).orElse(withTime);
        });
        Optional<City> city = known.flatMap(ReminderIntent.Known::city);
        List<Reply> replies = new ArrayList<>();
        String confirmed = texts.text("set", texts.values(s, city));
        if (place.isEmpty() && first) {
            confirmed = confirmed + "\n\n" + texts.text("zone_hint", Map.of("zone", texts.zoneName(s.zone())));
        }
        replies.add(Reply.text(confirmed).withKind(ReminderTexts.setKind(s)));
        if (place.isPresent() && place.get() instanceof ReminderIntent.Ambiguous) {
            replies.addAll(zones.place(turn, place.get(), true));
        }
        return replies;
    }

    private List<Reply> pause(Turn turn) {
        UserSettings s = users.update(turn.chat().id(), u -> u.withReminder(u.remindAt(), false).withSnoozedUntil(null));
        if (s.remindAt() == null) {
            return texts.say("already_off", "reminder_off");
        }
        return List.of(Reply.text(texts.text("paused", texts.values(s)))
                .withRow(List.of(texts.button("button_resume", new ButtonData.ReminderResume())))
                .withKind("reminder_pause"));
    }

    /**
     * No prompt for {@code days} evenings, today included, exactly as if they had been sent: the
     * store claims a prompt only when its last date is before the local day.
     */
    private List<Reply> skip(Turn turn, int days) {
        UserSettings s = users.update(turn.chat().id(), u -> u.remindersOn()
                ? u.withLastPromptDate(LocalDate.now(clock.withZone(u.zone())).plusDays(days - 1L)).withSnoozedUntil(null)
                : u);
        if (!s.remindersOn()) {
            return texts.say("already_off", "reminder_off");
        }
        if (days == 1) {
            return texts.say("skipped_today", texts.values(s), "reminder_pause");
        }
        Map<String, Object> values = new HashMap<>(texts.values(s));
        values.put("date", LocalDate.now(clock.withZone(s.zone())).plusDays(days).format(DAY));
        return texts.say("paused_days", values, "reminder_pause");
    }

    /**
     * "в эти выходные не присылай", "завтра не надо": evenings ahead. The store skips every evening
     * up to a date, so this works once tonight's prompt is behind (sent, or its hour passed) or the
     * days start tonight; otherwise the user is told to ask on the day, and nothing changes.
     */
    private List<Reply> skipAhead(Turn turn, boolean weekend) {
        Optional<UserSettings> now = users.find(turn.chat().id()).filter(UserSettings::remindersOn);
        if (now.isEmpty()) {
            return texts.say("already_off", "reminder_off");
        }
        ZonedDateTime local = ZonedDateTime.now(clock.withZone(now.get().zone()));
        LocalDate today = local.toLocalDate();
        boolean weekendNow = today.getDayOfWeek() == DayOfWeek.SATURDAY || today.getDayOfWeek() == DayOfWeek.SUNDAY;
        LocalDate from = !weekend ? today.plusDays(1)
                : weekendNow ? today : today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        LocalDate last = weekend ? from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)) : from;
        LocalDate lastSent = now.get().lastPromptDate();
        boolean tonightBehind = lastSent != null && !lastSent.isBefore(today) || !local.toLocalTime().isBefore(now.get().remindAt());
        if (!from.equals(today) && !(from.equals(today.plusDays(1)) && tonightBehind)) {
            Map<String, Object> values = new HashMap<>(texts.values(now.get()));
            values.put("date", from.format(DAY));
            return texts.say("skip_ahead_later", values, "reminder_status");
        }
        UserSettings s = users.update(turn.chat().id(), u -> u.withLastPromptDate(
                u.lastPromptDate() != null && u.lastPromptDate().isAfter(last) ? u.lastPromptDate() : last).withSnoozedUntil(null));
        Map<String, Object> values = new HashMap<>(texts.values(s));
        values.put("date", last.plusDays(1).format(DAY));
        return texts.say("paused_days", values, "reminder_pause");
    }

    private List<Reply> resume(Turn turn) {
        UserSettings s = users.update(turn.chat().id(), u -> u.remindAt() == null ? u
                : withoutSkippedDays(u.withReminder(u.remindAt(), true)));
        return s.remindAt() == null ? menu(turn) : texts.say("resumed", texts.values(s), "reminder_on");
    }

    /** A pause for some days ends now: tonight's prompt may come (unless tonight's was already sent). */
    private UserSettings withoutSkippedDays(UserSettings u) {
        LocalDate today = LocalDate.now(clock.withZone(u.zone()));
        return u.lastPromptDate() != null && u.lastPromptDate().isAfter(today)
                ? u.withLastPromptDate(today.minusDays(1)) : u;
    }

    private List<Reply> stop(Turn turn) {
        ReminderFeature.closeOwnFlow(turn);
        boolean wasOn = users.find(turn.chat().id()).map(UserSettings::remindersOn).orElse(false);
        // The time is kept (off, not forgotten), so "включи снова" brings it back as it was.
        users.update(turn.chat().id(), u -> u.withReminder(u.remindAt(), false).withSnoozedUntil(null));
        return texts.say(wasOn ? "stopped" : "already_off", "reminder_off");
    }

    private List<Reply> snooze(Turn turn) {
        // Millisecond precision: the store keeps instants in milliseconds and claims by equality.
        Instant until = clock.instant().plus(SNOOZE).truncatedTo(ChronoUnit.MILLIS);
        UserSettings s = users.update(turn.chat().id(), u -> u.remindersOn() ? u.withSnoozedUntil(until) : u);
        return texts.say(s.remindersOn() ? "snoozed" : "snooze_off", "reminder_snooze");
    }

    /** What is set, with the preset times and the controls; also the answer to "во сколько ты напоминаешь?". */
    List<Reply> menu(Turn turn) {
        UserSettings s = users.find(turn.chat().id()).orElse(null);
        boolean set = s != null && s.remindAt() != null;
        String status = !set ? texts.text("status_none")
                : texts.text(s.remindersOn() ? "status_on" : "status_paused", texts.values(s));
        List<Button> times = new ArrayList<>();
        PRESETS.subList(set ? 1 : 0, PRESETS.size())
                .forEach(preset -> times.add(new Button(TimeParser.format(preset), new ButtonData.ReminderAt(preset))));
        List<Button> controls = new ArrayList<>();
        if (set) {
            controls.add(s.remindersOn() ? texts.button("button_pause", new ButtonData.ReminderPause())
                    : texts.button("button_resume", new ButtonData.ReminderResume()));
            controls.add(texts.button("button_stop", new ButtonData.ReminderStop()));
        } else {
            times.add(texts.button("button_other", new ButtonData.ReminderOther()));
        }
        controls.add(texts.button("button_zone", new ButtonData.ZoneMenu()));
        return List.of(Reply.text(status + "\n\n" + texts.text("menu_hint")).withButtons(times, 3).withRow(controls)
                .withKind(set ? "reminder_status" : "reminder_ask"));
    }
}
