package ru.sleepbot.nlu.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import ru.sleepbot.content.Lexicon;

/**
 * The content's word lists the model reads messages with, from {@code intents/lexicon/}:
 * {@code concepts.yaml} (one list per concept: "храп" and "апноэ" both say breathing) and
 * {@code sentences.yaml} (courtesy words, so a greeting sentence counts little; question words,
 * so a question without a question mark still counts most). Either file may be missing; the model
 * then reads without it. Lists are kept sorted, so the same content gives the same fingerprint.
 */
public final class Cues {

    static final String CONCEPTS = "concepts.";
    static final String COURTESY = "sentences.courtesy";
    static final String QUESTION = "sentences.question";

    private static final Cues NONE = new Cues(Map.of());

    private final SortedMap<String, List<String>> lists;

    Cues(Map<String, List<String>> lists) {
        SortedMap<String, List<String>> sorted = new TreeMap<>();
        lists.forEach((key, words) -> sorted.put(key, words.stream().sorted().toList()));
        this.lists = java.util.Collections.unmodifiableSortedMap(sorted);
    }

    /** The concept and sentence lists of the content's lexicon (none when it has none). */
    public static Cues from(Lexicon lexicon) {
        Map<String, List<String>> lists = new TreeMap<>();
        for (String key : lexicon.keys()) {
            if (key.startsWith(CONCEPTS) || key.equals(COURTESY) || key.equals(QUESTION)) {
                lists.put(key, new ArrayList<>(lexicon.words(key)));
            }
        }
        return new Cues(lists);
    }

    public static Cues none() {
        return NONE;
    }

    /** Concept name (the key without "concepts.") to its words and phrases. */
    Map<String, List<String>> concepts() {
        Map<String, List<String>> concepts = new TreeMap<>();
        lists.forEach((key, words) -> {
            if (key.startsWith(CONCEPTS)) {
                concepts.put(key.substring(CONCEPTS.length()), words);
            }
        });
        return concepts;
    }

    /** How many concept lists there are, for reports. */
    public int conceptCount() {
        return concepts().size();
    }

    List<String> words(String key) {
        return lists.getOrDefault(key, List.of());
    }

    /** Every list as {@code key: word, word...} lines, for the model's fingerprint. */
    String fingerprintText() {
        StringBuilder text = new StringBuilder();
        lists.forEach((key, words) -> text.append(key).append(": ").append(String.join(", ", words)).append('\n'));
        return text.toString();
    }
}
