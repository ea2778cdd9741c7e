package ru.sleepbot.dialog.routine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.routine.Progress;

/**
 * The few words a user may type instead of pressing a routine button ("дальше", "стоп"); the
 * words are content (intents/lexicon/routine.yaml): a whole message, or in a short message a word
 * that begins like "следующ" or "уснул", so a longer question is still answered as a question.
 */
final class RoutineWords {

    enum Command { NEXT, PAUSE, RESUME, STOP, AGAIN }

    /** Longer messages are questions or stories, not "дальше". */
    static final int MAX_WORDS = 8;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final Map<String, Command> byWord = new HashMap<>();
    private final java.util.Set<String> stopBeginnings;
    private final java.util.Set<String> nextBeginnings;
    private final java.util.Set<String> nextWords;
    private final java.util.Set<String> againBeginnings;

    RoutineWords(Lexicon lexicon) {
        this.stopBeginnings = lexicon.words("routine.stop_in_message", normalizer::normalize);
        this.nextBeginnings = lexicon.words("routine.next_in_message", normalizer::normalize);
        this.nextWords = lexicon.words("routine.next_word", normalizer::normalize);
        this.againBeginnings = lexicon.words("routine.again_in_message", normalizer::normalize);
        add(lexicon, "routine.next", Command.NEXT);
        add(lexicon, "routine.pause", Command.PAUSE);
        add(lexicon, "routine.resume", Command.RESUME);
        add(lexicon, "routine.stop", Command.STOP);
    }

    Optional<Command> match(Utterance said) {
        Command whole = byWord.get(said.normalized());
        if (whole != null || said.size() > MAX_WORDS) {
            return Optional.ofNullable(whole);
        }
        if (said.tokens().stream().anyMatch(t -> stopBeginnings.stream().anyMatch(t::startsWith))) {
            return Optional.of(Command.STOP);
        }
        if (said.tokens().stream().anyMatch(t -> againBeginnings.stream().anyMatch(t::startsWith))) {
            return Optional.of(Command.AGAIN);
        }
        return said.tokens().stream().anyMatch(t -> nextWords.contains(t) || nextBeginnings.stream().anyMatch(t::startsWith))
                ? Optional.of(Command.NEXT) : Optional.empty();
    }

    /** A remark this short is about the routine under way; anything longer may be a subject of its own. */
    static final int REMARK_WORDS = 6;

    /** A short message that asks nothing ("мы уже в пижамах"): said about the routine, not a question. */
    static boolean isRemark(Utterance said) {
        return !said.isEmpty() && said.size() <= REMARK_WORDS && !said.raw().contains("?");
    }

    /** The button a typed word stands for, on the step on screen. */
    static ButtonData.Routine press(Command command, Progress current) {
        return switch (command) {
            case NEXT -> new ButtonData.RoutineNext(current.routine().id(), current.step());
            case PAUSE -> new ButtonData.RoutinePause();
            case RESUME -> new ButtonData.RoutineResume();
            case STOP -> new ButtonData.RoutineStop();
            case AGAIN -> new ButtonData.RoutineResume(); // the step on screen again
        };
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
