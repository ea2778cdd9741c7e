package ru.sleepbot.dialog.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.content.Messages;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.FlowState;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.reminder.TimeParser;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.store.UserStore;

/**
 * The evening reminder and the user's time zone: /remind and /timezone, their buttons ("rm:",
 * "tz:"), the "reminder" intent in free text, and the two open questions (a custom time, a zone).
 * Every change is one atomic {@link UserStore#update}, so two at once cannot mix; reminders are
 * set up in a private chat only.
 */
public final class ReminderFeature implements Feature {

    static final Duration SNOOZE = Duration.ofMinutes(15);
    private static final List<LocalTime> PRESETS = List.of(LocalTime.of(21, 0), LocalTime.of(21, 30),
            LocalTime.of(22, 0), LocalTime.of(22, 30), LocalTime.of(23, 0));

    /** Open question: the user is typing a custom time. */
    record AwaitingTime() implements FlowState {
    }

    /** Open question: the user is typing a time zone. */
    record AwaitingZone() implements FlowState {
    }

    private final UserStore users;
    private final ReminderTexts texts;
    private final TimeZoneDialog zones;
    private final Clock clock;
    private final ReminderIntent intent;

    public ReminderFeature(UserStore users, Messages messages, Lexicon lexicon, Clock clock) {
        this.intent = new ReminderIntent(lexicon);
        this.users = users;
        this.texts = new ReminderTexts(messages);
        this.zones = new TimeZoneDialog(users, texts);
        this.clock = clock;
    }

    @Override
    public Set<String> commands() {
        return Set.of("remind", "timezone");
    }

    @Override
    public Set<Class<? extends ButtonData>> buttons() {
        return Set.of(ButtonData.Reminder.class);
    }

    @Override
    public Set<String> intents() {
        return Set.of("reminder");
    }

    @Override
    public boolean ownsFlow(FlowState state) {
        return state instanceof AwaitingTime || state instanceof AwaitingZone;
    }

    /** Leaves our own open question, never another feature's flow (a routine in progress). */
    static void closeOwnFlow(Turn turn) {
        if (turn.session().flow(AwaitingTime.class).isPresent() || turn.session().flow(AwaitingZone.class).isPresent()) {
            turn.session().close();
        }
    }

    @Override
    public List<Reply> onCommand(Turn turn, String command, String argument) {
        if (turn.chat().group()) {
            return texts.say("group");
        }
        closeOwnFlow(turn);
        if (command.equals("timezone")) {
            return argument.isEmpty() ? zones.menu(turn) : zones.set(turn, argument);
        }
        return argument.isEmpty() ? menu(turn) : fromText(turn, argument);
    }

    @Override
    public List<Reply> onButton(Turn turn, ButtonData data) {
        if (turn.chat().group()) {
            return texts.say("group");
        }
        ButtonData.Reminder press = (ButtonData.Reminder) data;
        if (press instanceof ButtonData.ZoneMenu || press instanceof ButtonData.ZoneOther
                || press instanceof ButtonData.ZoneSet) {
            return zones.onButton(turn, press).orElseGet(() -> texts.say("stale"));
        }
        if (press instanceof ButtonData.ReminderAt at) {
            return setTime(turn, at.time());
        }
        if (press instanceof ButtonData.ReminderOther) {
            turn.session().open(new AwaitingTime());
            return texts.say("ask_time");
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

    @Override
    public List<Reply> onIntent(Turn turn, Classification understood, Utterance said) {
        return turn.chat().group() ? texts.say("group") : fromText(turn, said.raw());
    }

    @Override
    public Optional<List<Reply>> onFlowText(Turn turn, Utterance said) {
        String text = said.raw();
        Optional<List<Reply>> answer = turn.session().flow(AwaitingZone.class).isPresent()
                ? zones.onFlowText(turn, text)
                : TimeParser.parse(text) instanceof TimeParser.Absent ? Optional.empty() : Optional.of(fromText(turn, text));
        if (answer.isEmpty()) {
            closeOwnFlow(turn); // not an answer to our question: the user moved on
        }
        return answer;
    }

    private List<Reply> fromText(Turn turn, String text) {
        ReminderIntent.Action action = intent.read(text);
        if (action instanceof ReminderIntent.SetTime set) {
            return setTime(turn, set.time());
        }
        if (action instanceof ReminderIntent.BadTime bad) {
            turn.session().open(new AwaitingTime());
            return texts.say("bad_time", Map.of("input", bad.fragment()));
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
            return zones.onFlowText(turn, text).orElseGet(() -> zones.menu(turn));
        }
        return menu(turn);
    }

    private List<Reply> setTime(Turn turn, LocalTime time) {
        closeOwnFlow(turn);
        UserSettings s = users.update(turn.chat().id(), u -> u.withReminder(time, true).withSnoozedUntil(null));
        return texts.say("set", texts.values(s));
    }

    private List<Reply> pause(Turn turn) {
        UserSettings s = users.update(turn.chat().id(), u -> u.withReminder(u.remindAt(), false).withSnoozedUntil(null));
        if (s.remindAt() == null) {
            return texts.say("already_off");
        }
        return List.of(Reply.text(texts.text("paused", texts.values(s)))
                .withRow(List.of(texts.button("button_resume", new ButtonData.ReminderResume()))));
    }

    /** Today's prompt is marked as done, exactly as if it had been sent; tomorrow's stays. */
    private List<Reply> skipToday(Turn turn) {
        UserSettings s = users.update(turn.chat().id(), u -> u.remindersOn()
                ? u.withLastPromptDate(LocalDate.now(clock.withZone(u.zone()))).withSnoozedUntil(null) : u);
        return s.remindersOn() ? texts.say("skipped_today", texts.values(s)) : texts.say("already_off");
    }

    private List<Reply> resume(Turn turn) {
        UserSettings s = users.update(turn.chat().id(), u -> u.remindAt() == null ? u : u.withReminder(u.remindAt(), true));
        return s.remindAt() == null ? menu(turn) : texts.say("resumed", texts.values(s));
    }

    private List<Reply> stop(Turn turn) {
        closeOwnFlow(turn);
        boolean wasOn = users.find(turn.chat().id()).map(UserSettings::remindersOn).orElse(false);
        users.update(turn.chat().id(), u -> u.withReminder(null, false).withSnoozedUntil(null));
        return texts.say(wasOn ? "stopped" : "already_off");
    }

    private List<Reply> snooze(Turn turn) {
        // Millisecond precision: the store keeps instants in milliseconds and claims by equality.
        Instant until = clock.instant().plus(SNOOZE).truncatedTo(ChronoUnit.MILLIS);
        UserSettings s = users.update(turn.chat().id(), u -> u.remindersOn() ? u.withSnoozedUntil(until) : u);
        return texts.say(s.remindersOn() ? "snoozed" : "snooze_off");
    }

    private List<Reply> menu(Turn turn) {
        UserSettings s = users.find(turn.chat().id()).orElse(null);
        boolean set = s != null && s.remindAt() != null;
        String status = !set ? texts.text("status_none")
                : texts.text(s.remindersOn() ? "status_on" : "status_paused", texts.values(s));
        List<Button> times = new ArrayList<>();
        PRESETS.forEach(preset -> times.add(new Button(TimeParser.format(preset), new ButtonData.ReminderAt(preset))));
        times.add(texts.button("button_other", new ButtonData.ReminderOther()));
        List<Button> controls = new ArrayList<>();
        if (set) {
            controls.add(s.remindersOn() ? texts.button("button_pause", new ButtonData.ReminderPause())
                    : texts.button("button_resume", new ButtonData.ReminderResume()));
            controls.add(texts.button("button_stop", new ButtonData.ReminderStop()));
        }
        controls.add(texts.button("button_zone", new ButtonData.ZoneMenu()));
        return List.of(Reply.text(status + "\n\n" + texts.text("menu_hint")).withButtons(times, 3).withRow(controls));
    }
}
