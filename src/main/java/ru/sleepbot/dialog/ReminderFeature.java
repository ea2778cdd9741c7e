package ru.sleepbot.dialog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Messages;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.reminder.TimeParser;
import ru.sleepbot.reminder.ZoneChoices;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.store.UserStore;

/**
 * The evening reminder and the user's time zone: /remind and /timezone, their buttons ("rm:",
 * "tz:"), the "reminder" intent in free text, and the two open questions (a custom time, a UTC
 * offset). Every change is one atomic {@link UserStore#update}, so two at once cannot mix.
 */
final class ReminderFeature implements Feature {

    static final Duration SNOOZE = Duration.ofMinutes(15);
    private static final List<String> PRESETS = List.of("21:00", "21:30", "22:00", "22:30", "23:00");

    /** Open question: the user is typing a custom time, or a time zone. */
    record AwaitingTime() implements FlowState {
    }

    record AwaitingZone() implements FlowState {
    }

    private final UserStore users;
    private final Messages messages;
    private final Clock clock;
    private final ReminderIntent intent;

    ReminderFeature(UserStore users, Messages messages, Clock clock) {
        this.users = users;
        this.messages = messages;
        this.clock = clock;
        this.intent = new ReminderIntent();
    }

    @Override
    public Set<String> commands() {
        return Set.of("remind", "timezone");
    }

    @Override
    public Set<String> buttonPrefixes() {
        return Set.of("rm", "tz");
    }

    @Override
    public Set<String> intents() {
        return Set.of("reminder");
    }

    @Override
    public boolean ownsFlow(FlowState state) {
        return state instanceof AwaitingTime || state instanceof AwaitingZone;
    }

    @Override
    public List<Reply> onCommand(Turn turn, String command, String argument) {
        if (turn.chat().group()) {
            return say("reminder.group");
        }
        turn.session().close();
        if (command.equals("timezone")) {
            return argument.isEmpty() ? zoneMenu(turn) : setZone(turn, argument);
        }
        if (argument.isEmpty()) {
            return menu(turn);
        }
        return fromText(turn, argument);
    }

    @Override
    public List<Reply> onButton(Turn turn, String data) {
        if (turn.chat().group()) {
            return say("reminder.group");
        }
        String[] parts = data.split(":", 3);
        String action = parts.length > 1 ? parts[1] : "";
        String value = parts.length > 2 ? parts[2] : "";
        if (parts[0].equals("tz")) {
            return onZoneButton(turn, action, value);
        }
        switch (action) {
            case "at":
                return TimeParser.parse(value) instanceof TimeParser.Valid v ? setTime(turn, v.time()) : stale();
            case "other":
                turn.session().open(new AwaitingTime());
                return say("reminder.ask_time");
            case "pause":
                return pause(turn);
            case "resume":
                return resume(turn);
            case "stop":
                return stop(turn);
            case "snooze":
                return snooze(turn);
            case "menu":
                return menu(turn);
            default:
                return stale();
        }
    }

    @Override
    public List<Reply> onIntent(Turn turn, Classification understood, String text) {
        if (turn.chat().group()) {
            return say("reminder.group");
        }
        return fromText(turn, text);
    }

    @Override
    public Optional<List<Reply>> onFlowText(Turn turn, String text) {
        if (turn.session().flow(AwaitingZone.class).isPresent()) {
            if (ZoneChoices.parse(text).isPresent() || looksLikeOffset(text)) {
                return Optional.of(setZone(turn, text));
            }
        } else if (!(TimeParser.parse(text) instanceof TimeParser.Absent)) {
            return Optional.of(fromText(turn, text));
        }
        // Not an answer to our question: the user moved on, so the question is dropped.
        turn.session().close();
        return Optional.empty();
    }

    private List<Reply> fromText(Turn turn, String text) {
        ReminderIntent.Action action = intent.read(text);
        if (action instanceof ReminderIntent.SetTime set) {
            return setTime(turn, set.time());
        }
        if (action instanceof ReminderIntent.BadTime bad) {
            turn.session().open(new AwaitingTime());
            return say("reminder.bad_time", Map.of("input", bad.fragment()));
        }
        if (action instanceof ReminderIntent.Stop) {
            return stop(turn);
        }
        if (action instanceof ReminderIntent.Pause) {
            return pause(turn);
        }
        if (action instanceof ReminderIntent.SkipToday) {
            return skipToday(turn);
        }
        if (action instanceof ReminderIntent.Resume) {
            return resume(turn);
        }
        if (action instanceof ReminderIntent.Zone) {
            return zoneMenu(turn);
        }
        return menu(turn);
    }

    private List<Reply> setTime(Turn turn, LocalTime time) {
        turn.session().close();
        UserSettings s = users.update(turn.chat().id(), u -> u.withReminder(time, true).withSnoozedUntil(null));
        return say("reminder.set", values(s));
    }

    private List<Reply> pause(Turn turn) {
        UserSettings s = users.update(turn.chat().id(), u -> u.withReminder(u.remindAt(), false).withSnoozedUntil(null));
        if (s.remindAt() == null) {
            return say("reminder.already_off");
        }
        return List.of(Reply.text(messages.text("reminder.paused", values(s)))
                .withRow(List.of(button("reminder.button_resume", "rm:resume"))));
    }

    /** Today's prompt is marked as done, exactly as if it had been sent; tomorrow's stays. */
    private List<Reply> skipToday(Turn turn) {
        UserSettings s = users.update(turn.chat().id(), u -> u.remindersOn()
                ? u.withLastPromptDate(LocalDate.now(clock.withZone(u.zone()))).withSnoozedUntil(null) : u);
        return s.remindersOn() ? say("reminder.skipped_today", values(s)) : say("reminder.already_off");
    }

    private List<Reply> resume(Turn turn) {
        UserSettings s = users.update(turn.chat().id(), u -> u.remindAt() == null ? u : u.withReminder(u.remindAt(), true));
        return s.remindAt() == null ? menu(turn) : say("reminder.resumed", values(s));
    }

    private List<Reply> stop(Turn turn) {
        turn.session().close();
        boolean wasOn = users.find(turn.chat().id()).map(UserSettings::remindersOn).orElse(false);
        users.update(turn.chat().id(), u -> u.withReminder(null, false).withSnoozedUntil(null));
        return say(wasOn ? "reminder.stopped" : "reminder.already_off");
    }

    private List<Reply> snooze(Turn turn) {
        Instant until = clock.instant().plus(SNOOZE).truncatedTo(ChronoUnit.MILLIS);
        UserSettings s = users.update(turn.chat().id(), u -> u.remindersOn() ? u.withSnoozedUntil(until) : u);
        return say(s.remindersOn() ? "reminder.snoozed" : "reminder.snooze_off");
    }

    private List<Reply> menu(Turn turn) {
        UserSettings s = users.find(turn.chat().id()).orElse(null);
        String status;
        if (s == null || s.remindAt() == null) {
            status = messages.text("reminder.status_none");
        } else {
            status = messages.text(s.remindersOn() ? "reminder.status_on" : "reminder.status_paused", values(s));
        }
        List<Button> times = new ArrayList<>();
        for (String preset : PRESETS) {
            times.add(new Button(preset, "rm:at:" + preset));
        }
        times.add(button("reminder.button_other", "rm:other"));
        List<Button> controls = new ArrayList<>();
        if (s != null && s.remindAt() != null) {
            controls.add(s.remindersOn() ? button("reminder.button_pause", "rm:pause")
                    : button("reminder.button_resume", "rm:resume"));
            controls.add(button("reminder.button_stop", "rm:stop"));
        }
        controls.add(button("reminder.button_zone", "tz:menu"));
        Reply reply = Reply.text(status + "\n\n" + messages.text("reminder.menu_hint")).withButtons(times, 3);
        return List.of(reply.withRow(controls));
    }

    private List<Reply> onZoneButton(Turn turn, String action, String value) {
        if (action.equals("menu")) {
            return zoneMenu(turn);
        }
        if (action.equals("other")) {
            turn.session().open(new AwaitingZone());
            return say("reminder.zone_ask");
        }
        if (action.equals("set")) {
            Optional<ZoneChoices.Choice> choice = ZoneChoices.byKey(value);
            if (choice.isPresent()) {
                return saveZone(turn, choice.get().zone());
            }
        }
        return stale();
    }

    private List<Reply> zoneMenu(Turn turn) {
        ZoneId zone = users.find(turn.chat().id()).map(UserSettings::zone)
                .orElseGet(() -> users.update(turn.chat().id(), u -> u).zone());
        List<Button> buttons = new ArrayList<>();
        for (ZoneChoices.Choice choice : ZoneChoices.RUSSIA) {
            buttons.add(button("reminder.zone." + choice.key(), "tz:set:" + choice.key()));
        }
        buttons.add(button("reminder.button_zone_other", "tz:other"));
        return List.of(Reply.text(messages.text("reminder.zone_menu", Map.of("zone", zoneName(zone))))
                .withButtons(buttons, 2));
    }

    private List<Reply> setZone(Turn turn, String text) {
        Optional<ZoneId> zone = ZoneChoices.parse(text);
        if (zone.isEmpty()) {
            turn.session().open(new AwaitingZone());
            return say("reminder.zone_bad");
        }
        return saveZone(turn, zone.get());
    }

    private List<Reply> saveZone(Turn turn, ZoneId zone) {
        turn.session().close();
        UserSettings s = users.update(turn.chat().id(), u -> u.withZone(zone));
        return s.remindAt() == null ? say("reminder.zone_set", Map.of("zone", zoneName(zone)))
                : say("reminder.zone_set_with_time", values(s));
    }

    private static boolean looksLikeOffset(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("utc") || t.contains("gmt") || t.matches(".*[+\\-−]\\s*\\d.*");
    }

    private Map<String, Object> values(UserSettings s) {
        return Map.of("time", s.remindAt() == null ? "—" : TimeParser.format(s.remindAt()), "zone", zoneName(s.zone()));
    }

    private String zoneName(ZoneId zone) {
        return ZoneChoices.keyOf(zone).map(key -> messages.text("reminder.zone." + key))
                .orElseGet(() -> ZoneChoices.plainName(zone));
    }

    private Button button(String key, String data) {
        return new Button(messages.text(key), data);
    }

    private List<Reply> say(String key) {
        return List.of(Reply.text(messages.text(key)));
    }

    private List<Reply> say(String key, Map<String, ?> values) {
        return List.of(Reply.text(messages.text(key, values)));
    }

    private List<Reply> stale() {
        return say("reminder.stale");
    }
}
