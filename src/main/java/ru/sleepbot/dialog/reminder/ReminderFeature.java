package ru.sleepbot.dialog.reminder;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.FlowState;
import ru.sleepbot.dialog.Phrases;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.store.UserStore;

/**
 * The evening reminder and the user's time zone, by command (/remind, /timezone), by button, and
 * by plain words: a message that mentions reminders is read before the classifier, one the
 * classifier places under "reminder" after it, and right after a reminder reply short follow-ups
 * ("отключи совсем", "а у меня новосибирск") count too. Reminders are set up in private chats only.
 */
public final class ReminderFeature implements Feature {

    /** "отключи совсем", "лучше в 23:00": a follow-up about reminders that names none is this short. */
    static final int SHORT_FOLLOW_UP = 4;
    /** "я вернулась, включи и сделай на 21:30": a follow-up with a verb of its own may be this long. */
    static final int VERB_FOLLOW_UP = 8;
    static final int CLOCK_FOLLOW_UP = 16;
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("(?<!\\d)([01]?\\d|2[0-3])[:.][0-5]\\d(?!\\d)");

    /** Open question: the user is typing a custom time. */
    record AwaitingTime() implements FlowState {
    }

    /**
     * Open question: the user is typing a city or zone; {@code offered}: cities a name fitted, by
     * index; {@code forTime}: asked to settle the zone of a reminder time just set, so the answer
     * confirms the reminder.
     */
    record AwaitingZone(List<Integer> offered, boolean forTime) implements FlowState {
        AwaitingZone {
            offered = List.copyOf(offered);
        }

        AwaitingZone() {
            this(List.of(), false);
        }
    }

    /** The bot just talked about reminders: a short "отключи совсем" is about them too. */
    record JustTalked() implements FlowState {
    }

    private final ReminderIntent intent;
    private final ReminderTexts texts;
    private final TimeZoneDialog zones;
    private final ReminderChanges changes;
    private final ReminderMentions mentions;
    private final RussianAnalyzer analyzer;
    private final Phrases aboutStoring;

    ReminderFeature(ReminderIntent intent, ReminderTexts texts, TimeZoneDialog zones, ReminderChanges changes,
                    ReminderMentions mentions, RussianAnalyzer analyzer, Phrases aboutStoring) {
        this.analyzer = analyzer;
        this.aboutStoring = aboutStoring;
        this.intent = intent;
        this.texts = texts;
        this.zones = zones;
        this.changes = changes;
        this.mentions = mentions;
    }

    /** The feature over the content's words (intents/lexicon/reminder.yaml) and cities (intents/places/). */
    public static ReminderFeature create(KnowledgeBase knowledge, UserStore users, Clock clock, RussianAnalyzer analyzer) {
        Places places = new Places(knowledge.cities(), analyzer);
        ReminderTexts texts = new ReminderTexts(knowledge.messages(), places, clock);
        TimeZoneDialog zones = new TimeZoneDialog(users, texts, places, clock, new Offsets(knowledge.lexicon(), places));
        ReminderIntent intent = new ReminderIntent(knowledge.lexicon(), places);
        return new ReminderFeature(intent, texts, zones, new ReminderChanges(users, texts, zones, clock),
                new ReminderMentions(knowledge.lexicon(), analyzer, intent), analyzer,
                new Phrases(knowledge.lexicon().words("requests.privacy")));
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
        return state instanceof AwaitingTime || state instanceof AwaitingZone || state instanceof JustTalked;
    }

    /** Leaves our own open question, never another feature's flow (a routine in progress). */
    static void closeOwnFlow(Turn turn) {
        if (turn.session().flow().filter(f -> f instanceof AwaitingTime || f instanceof AwaitingZone
                || f instanceof JustTalked).isPresent()) {
            turn.session().close();
        }
    }

    @Override
    public List<Reply> onCommand(Turn turn, String command, String argument) {
        if (turn.chat().group()) {
            return texts.say("group", "reminder_group");
        }
        closeOwnFlow(turn);
        if (command.equals("timezone")) {
            return argument.isEmpty() ? zones.menu(turn) : zones.set(turn, argument);
        }
        return argument.isEmpty() ? changes.menu(turn) : changes.apply(turn, intent.read(analyzer.analyze(argument)));
    }

    @Override
    public List<Reply> onButton(Turn turn, ButtonData data) {
        if (turn.chat().group()) {
            return texts.say("group", "reminder_group");
        }
        ButtonData.Reminder press = (ButtonData.Reminder) data;
        if (press instanceof ButtonData.ZoneMenu || press instanceof ButtonData.ZoneOther
                || press instanceof ButtonData.ZoneSet || press instanceof ButtonData.ZoneCity) {
            return zones.onButton(turn, press).orElseGet(() -> texts.say("stale", "stale"));
        }
        return changes.press(turn, press);
    }

    @Override
    public List<Reply> onIntent(Turn turn, Classification understood, Utterance said) {
        return turn.chat().group() ? texts.say("group", "reminder_group") : changes.apply(turn, intent.read(said));
    }

    /**
     * A message that names reminders ("отключи напоминания") is theirs whatever the classifier says,
     * unless it asks what the bot keeps ("вы и город мой храните, и время напоминаний?"): that is
     * the privacy feature's question.
     */
    @Override
    public Optional<List<Reply>> onFollowUp(Turn turn, Utterance said) {
        if (turn.chat().group() || aboutStoring.in(said)) {
            return Optional.empty();
        }
        if (named(said)) {
            ReminderIntent.Action action = intent.read(said);
            boolean first = !changes.hasReminder(turn);
            List<Reply> replies = new java.util.ArrayList<>(changes.apply(turn, action));
            if (first && action instanceof ReminderIntent.Zone zone && zone.place().filter(ReminderIntent.Known.class::isInstance).isPresent()) {
                // "напоминайте мне вечером, я в красноярске": the zone is noted, and the time is asked.
                replies.addAll(changes.menu(turn));
            }
            return Optional.of(List.copyOf(replies));
        }
        // A message that only says where one is names the city without "в" or "из" ("у меня новосибирск").
        ReminderIntent.Action action = intent.read(said, intent.onlyAboutPlace(said));
        return unnamed(turn, action, said) ? Optional.of(changes.apply(turn, action)) : Optional.empty();
    }

    /**
     * A request that does not name reminders but can only be about them or the zone, whatever was
     * talked about before: where the person is, in a few words ("живу в нск", "utc+7", "по времени
     * владивостока"); and, once a reminder is set, a new time ("перенеси на 22:15"), a pause ("на
     * паузу на неделю") or "возобнови".
     */
    private boolean unnamed(Turn turn, ReminderIntent.Action action, Utterance said) {
        if (action instanceof ReminderIntent.Zone zone) {
            // "смени город", "поменяй часовой пояс": a short request for the zone menu.
            return zone.place().isPresent() ? intent.onlyAboutPlace(said)
                    : intent.asksToSet(said) && said.size() <= SHORT_FOLLOW_UP;
        }
        if (!changes.hasReminder(turn)) {
            return false;
        }
        if (action instanceof ReminderIntent.SetTime || action instanceof ReminderIntent.Shift) {
            return intent.asksToSet(said) && (said.size() <= VERB_FOLLOW_UP || clockTime(said));
        }
        // "в эти выходные не присылай": the weekend is specific enough; "завтра не надо" alone may be about anything.
        if (action instanceof ReminderIntent.Pause
                || action instanceof ReminderIntent.SkipAhead ahead && ahead.weekend() && !said.raw().contains("?")) {
            return said.size() <= VERB_FOLLOW_UP;
        }
        return action instanceof ReminderIntent.Resume && intent.switches(said) && said.size() <= SHORT_FOLLOW_UP;
    }

    private boolean named(Utterance said) {
        return mentions.named(said);
    }

    /**
     * "хотя давай лучше на 22:00, по вторникам у неё кружок": a clock time with a verb of setting is
     * about the reminder in a sentence with its reason, up to {@link #CLOCK_FOLLOW_UP} words.
     */
    private static boolean clockTime(Utterance said) {
        return said.size() <= CLOCK_FOLLOW_UP && CLOCK.matcher(said.raw()).find();
    }

    @Override
    public boolean asksFor(Utterance said) {
        return named(said) && !aboutStoring.in(said);
    }

    @Override
    public Optional<List<Reply>> onFlowText(Turn turn, Utterance said) {
        // Right after a question about the zone, or a reply about reminders, a bare city name is one.
        ReminderIntent.Action action = intent.read(said, true);
        Optional<List<Reply>> answer = Optional.empty();
        Optional<AwaitingZone> awaitingZone = turn.session().flow(AwaitingZone.class);
        if (awaitingZone.isPresent()) {
            Optional<List<Reply>> picked = zones.pickByRegion(turn, awaitingZone.get().offered(), said);
            if (picked.isPresent()) {
                answer = picked;
            } else if (action instanceof ReminderIntent.Zone zone && zone.place().isEmpty()) {
                answer = Optional.of(zones.notAZone(turn));
            } else if (action instanceof ReminderIntent.Zone || action instanceof ReminderIntent.SetTime) {
                answer = Optional.of(changes.apply(turn, action));
            }
        } else if (turn.session().flow(AwaitingTime.class).isPresent()) {
            if (intent.namesTime(said) || action instanceof ReminderIntent.Shift) {
                answer = Optional.of(changes.apply(turn, action));
            }
        } else if (aboutRemindersStill(action, said)) {
            answer = Optional.of(changes.apply(turn, action)); // just talked about reminders
        }
        if (answer.isEmpty()) {
            closeOwnFlow(turn); // not an answer to our question: the user moved on
        }
        return answer;
    }

    /**
     * Right after a reminder reply, a message is still about reminders when it names them, a place
     * or a time, or is a short "отключи совсем" / "включи снова"; a question of its own ("есть
     * упражнения, чтобы расслабиться?") is not, even with a question mark.
     */
    private boolean aboutRemindersStill(ReminderIntent.Action action, Utterance said) {
        if (aboutStoring.in(said) || mentions.disowned(said)) {
            return false; // "а город вы тоже храните?": what is kept, for the privacy feature
        }
        boolean named = named(said);
        if (action instanceof ReminderIntent.Zone zone) {
            return zone.place().isPresent() || named;
        }
        if (action instanceof ReminderIntent.SetTime || action instanceof ReminderIntent.BadTime
                || action instanceof ReminderIntent.Shift) {
            // "поменяй время на 23:00": the time is two words; with a verb of setting it may be a longer sentence.
            return named || said.size() <= SHORT_FOLLOW_UP + 2
                    || intent.asksToSet(said) && (said.size() <= VERB_FOLLOW_UP + 2 || clockTime(said));
        }
        if (action instanceof ReminderIntent.Status status) {
            return named || status.named();
        }
        if (action instanceof ReminderIntent.Resume && intent.restores(said)) {
            return said.size() <= CLOCK_FOLLOW_UP; // "верни как было, без него я опять в 3 ложусь"
        }
        if (action instanceof ReminderIntent.SkipAhead || action instanceof ReminderIntent.Pause) {
            // "в эти выходные не присылай, мы уезжаем к родне", "лучше на неделю его остановите, у дочери не до того"
            return said.size() <= CLOCK_FOLLOW_UP;
        }
        if ((action instanceof ReminderIntent.Stop || action instanceof ReminderIntent.Resume) && intent.switches(said)) {
            // "выключи пока, уезжаю": a verb that can only mean the reminder, in a sentence with a reason.
            return said.size() <= VERB_FOLLOW_UP;
        }
        return !(action instanceof ReminderIntent.Menu) && (named || said.size() <= SHORT_FOLLOW_UP);
    }

    /**
     * After a reminder reply with no question of ours open, a short follow-up about reminders is
     * still read as one; another feature's open flow is never replaced.
     */
    @Override
    public List<Reply> afterTurn(Turn turn, List<Reply> replies) {
        boolean ours = replies.stream().anyMatch(r -> r.kindOf().filter(k -> k.startsWith("reminder_")
                || k.startsWith("zone_")).isPresent());
        if (ours && turn.session().flow().isEmpty()) {
            turn.session().open(new JustTalked());
        } else if (!ours && turn.session().flow(JustTalked.class).isPresent()) {
            turn.session().close();
        }
        return replies;
    }
}
