package ru.sleepbot.dialog.routine;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Routine;
import ru.sleepbot.dialog.Phrases;
import ru.sleepbot.dialog.Session;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.Utterance;

/**
 * Reads a request for a routine in plain words (intents/lexicon/requests.yaml and each routine's
 * {@code asked_by}): a routine named by its own words ("давай подышим", "можно сканирование тела?")
 * starts it; "хочу ритуал", "какие у тебя практики" show the list; "а можно короче" asks for the
 * shortest. A routine's own words count in a message of a few words, or with a word of asking
 * ("давай", "хочу", "проведи"), so "остановки дыхания во сне" stays a question.
 */
final class RoutineRequests {

    /** A routine's own words alone ("дыхание", "давай подышим") are a request in this many words or fewer. */
    static final int SHORT = 4;
    /** Longer messages are stories or questions for the classifier. */
    static final int MAX_WORDS = 20;
    /** "напоминание в 19:30 начинать укладывание": a clock time schedules something, a routine runs now. */
    private static final Pattern CLOCK = Pattern.compile("(?<!\\d)([01]?\\d|2[0-3])[:.][0-5]\\d(?!\\d)");

    sealed interface Request permits ShowList, Start, Shortest {
    }

    record ShowList() implements Request {
    }

    record Start(Routine routine) implements Request {
    }

    record Shortest(Routine routine) implements Request {
    }

    private final Phrases list;
    private final Phrases shorter;
    private final Phrases shortestAsked;
    private final Set<String> verbs;
    private final Map<Routine, Phrases> named = new LinkedHashMap<>();
    private final Routine shortest;
    private final RoutineOffers offers;

    RoutineRequests(KnowledgeBase knowledge) {
        TextNormalizer normalizer = new TextNormalizer();
        this.list = new Phrases(knowledge.lexicon().words("requests.routine"));
        this.shorter = new Phrases(knowledge.lexicon().words("requests.shorter"));
        this.shortestAsked = new Phrases(knowledge.lexicon().words("requests.shortest"));
        this.verbs = knowledge.lexicon().words("requests.routine_verbs", normalizer::normalize);
        knowledge.routines().forEach(r -> named.put(r, new Phrases(r.askedBy())));
        this.shortest = knowledge.routines().stream().min(Comparator.comparing(Routine::length)).orElse(null);
        this.offers = new RoutineOffers(knowledge);
    }

    /** The routines just offered, and a choice among them. */
    RoutineOffers offers() {
        return offers;
    }

    /**
     * The routine a message picks from those just offered ("давай второй", "тот, что с дыханием"), or
     * their shortest ("короткий", "давайте самое простое из них", in a message as short as a choice).
     */
    Optional<Routine> chosen(Session session, Utterance said) {
        Optional<Routine> picked = offers.chosen(session, said);
        // "давайте самое простое из них" is a choice; a longer question ("как быстрее выучить...?") is not.
        boolean choosing = said.size() <= SHORT || said.size() <= RoutineOffers.MAX_WORDS && !said.raw().contains("?");
        if (picked.isPresent() || session.offered().isEmpty() || !choosing) {
            return picked;
        }
        return read(said).flatMap(r -> r instanceof Shortest shorter ? Optional.of(shorter.routine()) : Optional.empty());
    }

    /** The routine a message asks to start: by name, or the shortest ("покороче"). */
    Optional<Routine> routineAsked(Utterance said) {
        return read(said).flatMap(r -> r instanceof Start start ? Optional.of(start.routine())
                : r instanceof Shortest shorter ? Optional.of(shorter.routine()) : Optional.empty());
    }

    Optional<Request> read(Utterance said) {
        if (said.isEmpty() || said.size() > MAX_WORDS || CLOCK.matcher(said.raw()).find()) {
            return Optional.empty();
        }
        boolean routineAsked = list.in(said);
        boolean asking = said.size() <= SHORT
                || said.tokens().stream().anyMatch(t -> verbs.stream().anyMatch(t::startsWith));
        for (Map.Entry<Routine, Phrases> routine : named.entrySet()) {
            if (asking && routine.getValue().in(said)) {
                return Optional.of(new Start(routine.getKey()));
            }
        }
        if (routineAsked) {
            // "дай самый короткий способ расслабиться": a routine, and which one.
            return Optional.of(shortest != null && shortestAsked.in(said) ? new Start(shortest) : new ShowList());
        }
        return shortest != null && said.size() <= 10 && shorter.in(said)
                ? Optional.of(new Shortest(shortest)) : Optional.empty();
    }
}
