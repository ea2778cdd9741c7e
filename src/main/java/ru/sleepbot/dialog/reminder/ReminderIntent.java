package ru.sleepbot.dialog.reminder;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import ru.sleepbot.content.City;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.reminder.TimeParser;
import ru.sleepbot.reminder.ZoneChoices;

/**
 * What a free-text message about reminders asks for: a time ("напомни в 22:15", "поменяй время на
 * 23:00"), a city or offset ("я в новосибирске", "мск+4", "UTC+7"), both at once, stop ("отключи
 * совсем"), pause for some days ("поставь на паузу на 3 дня"), skip today, resume, what is set
 * ("во сколько ты напоминаешь?", and any question that asks to change nothing), or just the menu. Rules over words that are content
 * (intents/lexicon/reminder.yaml), checked in a fixed order; the first match wins.
 */
final class ReminderIntent {

    sealed interface Action permits SetTime, Shift, BadTime, Stop, Pause, SkipToday, SkipAhead, Resume, Zone, Status, Menu {
    }

    /** A time, and the zone when the same message names one ("в 22:30, я в новосибирске"). */
    record SetTime(LocalTime time, Optional<Place> place) implements Action {
    }

    /** "на полчаса позже", "сдвинь на 15 минут раньше": the time set, moved by {@code by}. */
    record Shift(java.time.Duration by) implements Action {
    }

    record BadTime(String fragment) implements Action {
    }

    record Stop() implements Action {
    }

    /** {@code days} evenings without a prompt; empty: until the user resumes. */
    record Pause(Optional<Integer> days) implements Action {
    }

    record SkipToday() implements Action {
    }

    /** "в эти выходные не присылай" ({@code weekend}), "завтра не надо": evenings ahead, not tonight's. */
    record SkipAhead(boolean weekend) implements Action {
    }

    record Resume() implements Action {
    }

    /** A zone named without a time: a place, or no place found (show the zone menu). */
    record Zone(Optional<Place> place) implements Action {
    }

    /** What is set; {@code named}: asked about the time or a place, not only as a question. */
    record Status(boolean named) implements Action {
    }

    record Menu() implements Action {
    }

    /** Where the user is: one zone (with the city named, if any), or a name several cities share. */
    sealed interface Place permits Known, Ambiguous {
    }

    record Known(ZoneId zone, Optional<City> city) implements Place {
    }

    record Ambiguous(List<City> cities) implements Place {
    }

    /** A message that only says where the person is has at most this many words... */
    static final int PLACE_WORDS_MAX = 7;
    /** ...of which at most this many are not glue: the city's name ("ростов на дону": "на" is glue). */
    static final int PLACE_NAME_WORDS = 2;

    private final Places places;
    private final SpokenTime spoken;
    private final Set<String> zone;
    private final Set<String> pause;
    private final Set<String> today;
    private final Set<String> stop;
    private final Set<String> resume;
    private final Set<String> status;
    private final Set<String> negations;
    private final PauseDays pauseDays;
    private final Set<String> setVerbs;
    private final Set<String> switches;
    private final Set<String> comesBack;
    private final Set<String> placeGlue;
    private final Set<String> weekend;
    private final Set<String> tomorrow;
    private final Set<String> restore;
    private final Set<String> sleepHours;

    ReminderIntent(Lexicon lexicon, Places places) {
        UnaryOperator<String> form = ReminderIntent::form;
        this.places = places;
        this.spoken = new SpokenTime(lexicon);
        this.zone = lexicon.words("reminder.zone", form);
        this.pause = lexicon.words("reminder.pause", form);
        this.today = lexicon.words("reminder.today", form);
        this.stop = lexicon.words("reminder.stop", form);
        this.resume = lexicon.words("reminder.resume", form);
        this.status = lexicon.words("reminder.status", form);
        this.negations = lexicon.words("reminder.not", form);
        this.pauseDays = new PauseDays(lexicon, spoken);
        this.setVerbs = lexicon.words("reminder.set_verbs", form);
        this.switches = lexicon.words("reminder.switch", form);
        this.comesBack = lexicon.words("reminder.comes_back", form);
        this.placeGlue = lexicon.words("reminder.place_glue", form);
        this.weekend = lexicon.words("reminder.weekend", form);
        this.tomorrow = lexicon.words("reminder.tomorrow", form);
        this.restore = lexicon.words("reminder.restore", form);
        this.sleepHours = lexicon.words("reminder.sleep_hours", form);
    }

    Action read(Utterance said) {
        return read(said, false);
    }

    /** {@code asked}: the bot has just asked for the city, so a bare name ("мирный") is one. */
    Action read(Utterance said, boolean asked) {
        String text = form(said.raw());
        Optional<Place> place = place(said, text, asked);
        boolean setting = containsAny(text, setVerbs);
        if (said.raw().contains("?") && containsAny(text, comesBack)) {
            // "а потом оно само включится?", "после паузы снова заработает?": asks what is set; it must
            // neither pause again nor switch on ("включится" begins like "включи").
            return new Status(true);
        }
        boolean denied = said.tokens().stream().anyMatch(negations::contains);
        if (containsAny(text, weekend) && pauseDays.in(text).isEmpty()
                && (denied || containsAny(text, pause) || containsAny(text, stop))) {
            // "на выходные к тёще, поставь паузу на 2 дня": the days said win.
            return new SkipAhead(true); // "в эти выходные не присылай", "на выходные пауза"
        }
        if (containsAny(text, pause)) {
            return new Pause(pauseDays.in(text));
        }
        // "не напоминай сегодня" skips one evening, it is not a stop for good.
        // Whole words: "мне сегодня в 22:00" ends a word in "не" and is not a skip.
        if (containsAny(text, today) && denied) {
            return new SkipToday();
        }
        if (containsAny(text, tomorrow) && denied && !containsAny(text, today)) {
            // "завтра уезжаю на три дня, не напоминайте": a pause can only start tonight, so it covers
            // tonight and the days said; asking to write again later would fail a user who is away.
            Optional<Integer> days = pauseDays.in(text);
            return days.isPresent() ? new Pause(Optional.of(days.get() + 1))
                    : new SkipAhead(false); // "завтра не надо": tomorrow only, not a stop
        }
        if (containsAny(text, restore) && !said.raw().contains("?")) {
            // "верни как было, я без него в 3 ложусь": the hour is the reason, not a new time.
            return new Resume();
        }
        Optional<java.time.Duration> shift = spoken.shift(text);
        if (shift.isPresent()) {
            return new Shift(shift.get());
        }
        TimeParser.Result time = spoken.time(Offsets.without(text));
        if (setting && time instanceof TimeParser.Valid valid) {
            return new SetTime(valid.time(), place); // "напомни в 23:15 выключить ноут": not a stop
        }
        Optional<Place> stated = statedAfterQuestion(said.raw());
        if (stated.isPresent()) {
            // "стоп, оно же по московскому? я уже в екб живу": asked about one place, then says where
            // the person is; the statement is the answer.
            return new Zone(stated);
        }
        if (!setting && said.raw().contains("?") && said.tokens().stream().anyMatch(ReminderIntent::reflexivePast)) {
            // "и напоминание тоже удалилось?", "осталась или стёрлась?": asks what became of it. Named
            // only by a word about the time or zone: "режим сбился, как перестроиться?" right after
            // a reminder reply is a question of its own.
            return new Status(containsAny(text, status) || containsAny(text, zone) || place.isPresent());
        }
        if (containsAny(text, stop) && !(place.isPresent() && said.raw().contains("?"))) {
            // "стоп, оно же по московскому? я в екб живу": a place asked about, not a stop.
            // "не напоминай неделю", "отключи на 2 дня": a stop for some days is a pause, it comes back by itself.
            Optional<Integer> days = pauseDays.in(text);
            return days.isPresent() ? new Pause(days) : new Stop();
        }
        if (!setting && said.raw().contains("?")) {
            // "во сколько это по московскому?", "а точно по киевскому?", "это будет в 23 по-местному?": a
            // question that names a place or a time asks what is set; any other question is for the classifier.
            return new Status(containsAny(text, status) || containsAny(text, zone) || place.isPresent()
                    || time instanceof TimeParser.Valid && !containsAny(text, sleepHours));
        }
        if (time instanceof TimeParser.Valid valid) {
            return new SetTime(valid.time(), place);
        }
        if (time instanceof TimeParser.Invalid invalid) {
            return new BadTime(invalid.fragment());
        }
        if (place.isPresent() || containsAny(text, zone)) {
            return new Zone(place);
        }
        if (containsAny(text, status)) {
            return new Status(true);
        }
        return containsAny(text, resume) ? new Resume() : new Menu();
    }

    /**
     * True when the message says only where the person is ("я живу в омске", "по времени
     * владивостока", "utc+7"): besides the place, only words of {@code reminder.place_glue}.
     */
    boolean onlyAboutPlace(Utterance said) {
        if (said.size() > PLACE_WORDS_MAX) {
            return false;
        }
        long other = said.tokens().stream().filter(t -> !placeGlue.contains(t)).count();
        return other <= PLACE_NAME_WORDS || Offsets.in(form(said.raw())).isPresent();
    }

    /** True when the message names a time, in digits or in everyday words ("полдесятого"). */
    boolean namesTime(Utterance said) {
        return !(spoken.time(Offsets.without(form(said.raw()))) instanceof TimeParser.Absent);
    }

    /** True when the message asks to set or change something ("сделай на 21:30", "поставь"). */
    boolean asksToSet(Utterance said) {
        return containsAny(form(said.raw()), setVerbs);
    }

    /** True when the message asks for the reminder as it was ("верни как было"). */
    boolean restores(Utterance said) {
        return containsAny(form(said.raw()), restore) && !said.raw().contains("?");
    }

    /** True when the message switches the reminder off or on outright ("выключи", "вруби обратно"). */
    boolean switches(Utterance said) {
        return containsAny(form(said.raw()), switches);
    }

    /** "удалилось", "стёрлась", "отключился": a reflexive verb in the past, what happened to something. */
    private static boolean reflexivePast(String token) {
        return token.length() > 5 && (token.endsWith("лось") || token.endsWith("лась") || token.endsWith("лся")
                || token.endsWith("лись"));
    }

    /** The place named after the message's last question mark, in a statement of its own. */
    private Optional<Place> statedAfterQuestion(String raw) {
        int mark = raw.lastIndexOf('?');
        if (mark < 0 || raw.substring(mark + 1).isBlank()) {
            return Optional.empty();
        }
        // Introduced names only ("в екб"): a bare word there ("мне именно ночью надо") is not a city.
        String tail = raw.substring(mark + 1);
        return place(places.read(tail), form(tail), false);
    }

    /** A city or an offset in the message, when it names one. */
    private Optional<Place> place(Utterance said, String text, boolean asked) {
        Optional<ZoneId> offset = Offsets.in(text);
        if (offset.isPresent()) {
            return Optional.of(new Known(offset.get(), Optional.empty()));
        }
        List<City> found = places.find(said, asked);
        if (found.isEmpty()) {
            return ZoneChoices.parse(said.raw()).map(z -> new Known(z, Optional.empty()));
        }
        if (found.stream().map(City::zone).distinct().count() == 1) {
            return Optional.of(new Known(found.get(0).zoneId(), Optional.of(found.get(0))));
        }
        return Optional.of(new Ambiguous(found));
    }

    static String form(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** A piece counts at the start of a word only: "не напомина" must not be found in "мне напоминаешь". */
    static boolean containsAny(String text, Set<String> pieces) {
        for (String piece : pieces) {
            for (int at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
