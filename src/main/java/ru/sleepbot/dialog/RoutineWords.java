package ru.sleepbot.dialog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.content.Messages;
import ru.sleepbot.nlu.TextNormalizer;

/**
 * The few words a user may type instead of pressing a routine button ("дальше", "стоп"); the
 * words are content ({@code routine.words.*}). Only a whole message matches, so a question that
 * merely contains "стоп" is still answered as a question.
 */
final class RoutineWords {

    enum Command { NEXT, PAUSE, RESUME, STOP }

    private final TextNormalizer normalizer;
    private final Map<String, Command> byWord = new HashMap<>();

    RoutineWords(Messages messages, TextNormalizer normalizer) {
        this.normalizer = normalizer;
        add(messages, "routine.words.next", Command.NEXT);
        add(messages, "routine.words.pause", Command.PAUSE);
        add(messages, "routine.words.resume", Command.RESUME);
        add(messages, "routine.words.stop", Command.STOP);
    }

    Optional<Command> match(String text) {
        return Optional.ofNullable(byWord.get(normalizer.normalize(text)));
    }

    private void add(Messages messages, String key, Command command) {
        for (String word : messages.variants(key)) {
            Command clash = byWord.put(normalizer.normalize(word), command);
            if (clash != null && clash != command) {
                throw new IllegalArgumentException("routine word '" + word + "' means both " + clash + " and " + command);
            }
        }
    }
}
