package ru.sleepbot.dialog.routine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.Utterance;

/**
 * The few words a user may type instead of pressing a routine button ("дальше", "стоп"); the
 * words are content (intents/lexicon/routine.yaml). Only a whole message matches, so a question that
 * merely contains "стоп" is still answered as a question.
 */
final class RoutineWords {

    enum Command { NEXT, PAUSE, RESUME, STOP }

    private final TextNormalizer normalizer = new TextNormalizer();
    private final Map<String, Command> byWord = new HashMap<>();

    RoutineWords(Lexicon lexicon) {
        add(lexicon, "routine.next", Command.NEXT);
        add(lexicon, "routine.pause", Command.PAUSE);
        add(lexicon, "routine.resume", Command.RESUME);
        add(lexicon, "routine.stop", Command.STOP);
    }

    Optional<Command> match(Utterance said) {
        return Optional.ofNullable(byWord.get(said.normalized()));
    }

    private void add(Lexicon lexicon, String key, Command command) {
        for (String word : lexicon.words(key, normalizer::normalize)) {
            Command clash = byWord.put(word, command);
            if (clash != null && clash != command) {
                throw new IllegalArgumentException("routine word '" + word + "' means both " + clash + " and " + command);
            }
        }
    }
}
