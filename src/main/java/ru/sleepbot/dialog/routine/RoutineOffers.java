package ru.sleepbot.dialog.routine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Routine;
import ru.sleepbot.dialog.Session;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.Utterance;

/**
 * A choice from the routines the bot has just offered: the buttons of its last reply are kept in the
 * session ({@link Session#offer}), and the next message may pick one by its place ("давай второй"),
 * by pointing at it ("давай этот": the first), or by its own words ("тот, где мысли на бумагу").
 * A button to the whole list offers every routine. The words are content (intents/lexicon/routine.yaml).
 */
final class RoutineOffers {

    /** A choice is a short message; a longer one is a question or a story. */
    static final int MAX_WORDS = 10;
    /** A routine named by its words shares at least this many stems with its title, description or suits. */
    static final int BY_WORDS_MIN = 2;
    /** Stems this short ("в", "на") tell nothing about a routine. */
    static final int MIN_STEM = 3;
    private static final String LIST = "routine_list";

    private final KnowledgeBase knowledge;
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Set<String> thisOne;
    private final Set<String> notTelling;
    private final Map<String, Set<String>> stemsOf = new HashMap<>();

    RoutineOffers(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        TextNormalizer normalizer = new TextNormalizer();
        RussianAnalyzer analyzer = new RussianAnalyzer(normalizer);
        for (String entry : knowledge.lexicon().words("routine.ordinal")) {
            int colon = entry.lastIndexOf(':');
            ordinals.put(normalizer.normalize(entry.substring(0, colon)), Integer.parseInt(entry.substring(colon + 1)));
        }
        this.thisOne = knowledge.lexicon().words("routine.this_one", normalizer::normalize);
        this.notTelling = knowledge.lexicon().words("routine.not_telling", normalizer::normalize).stream()
                .map(w -> analyzer.analyze(w).stems()).flatMap(List::stream).collect(java.util.stream.Collectors.toSet());
        for (Routine routine : knowledge.routines()) {
            Utterance words = analyzer.analyze(routine.title() + " " + routine.description() + " " + routine.suits());
            stemsOf.put(routine.id(), telling(words));
        }
    }

    /** Keeps what the replies offer (their routine buttons; a topic answer's list button offers all), or nothing. */
    void remember(Session session, List<Reply> replies) {
        List<String> offered = new ArrayList<>();
        for (Reply reply : replies) {
            for (Button button : reply.buttons()) {
                if (button.data() instanceof ButtonData.RoutineStart start && !offered.contains(start.routineId())) {
                    offered.add(start.routineId());
                } else if (button.data() instanceof ButtonData.RoutineList && reply.kindOf().filter(k -> k.startsWith("topic ")).isPresent()) {
                    // An answer that points to the routines ("relaxation") offers them all; a stopped routine's "other" does not.
                    knowledge.routines().stream().map(Routine::id).filter(id -> !offered.contains(id)).forEach(offered::add);
                }
            }
            if (reply.kindOf().filter(LIST::equals).isPresent()) {
                // The list names every routine in its text, though only the first ones get a button.
                knowledge.routines().stream().map(Routine::id).filter(id -> !offered.contains(id)).forEach(offered::add);
            }
        }
        session.offer(offered);
    }

    /** The routine a message picks from those just offered, if it picks one. */
    Optional<Routine> chosen(Session session, Utterance said) {
        List<String> offered = session.offered();
        if (offered.isEmpty() || said.isEmpty() || said.size() > MAX_WORDS) {
            return Optional.empty();
        }
        for (String token : said.tokens()) {
            Integer place = ordinals.get(token);
            if (place != null && place <= offered.size()) {
                return knowledge.routine(offered.get(place < 0 ? offered.size() - 1 : place - 1));
            }
        }
        // A question ("ванна правда помогает?") asks about the thing, it does not pick a routine by its words.
        Optional<String> byWords = said.raw().contains("?") ? Optional.empty() : byWords(offered, said);
        if (byWords.isPresent()) {
            return byWords.flatMap(knowledge::routine);
        }
        boolean pointing = said.tokens().stream().allMatch(thisOne::contains)
                && said.tokens().stream().anyMatch(t -> !t.equals("и") && !t.equals("а"));
        return pointing ? knowledge.routine(offered.get(0)) : Optional.empty();
    }

    private Optional<String> byWords(List<String> offered, Utterance said) {
        Set<String> words = telling(said);
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (String id : offered) {
            int count = 0;
            for (String stem : words) {
                if (stemsOf.getOrDefault(id, Set.of()).stream().anyMatch(s -> s.startsWith(stem) || stem.startsWith(s))) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = id;
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        return bestCount >= BY_WORDS_MIN && !tie ? Optional.of(best) : Optional.empty();
    }

    private Set<String> telling(Utterance words) {
        Set<String> stems = new HashSet<>();
        for (String stem : words.stems()) {
            if (stem.length() >= MIN_STEM && !notTelling.contains(stem)) {
                stems.add(stem);
            }
        }
        return stems;
    }
}
