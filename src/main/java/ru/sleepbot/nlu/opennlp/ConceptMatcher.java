package ru.sleepbot.nlu.opennlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.sleepbot.nlu.RussianAnalyzer;

/**
 * Finds the content's concepts in a run of stems. A concept word matches a token whose Snowball
 * stem begins with the word's stem ("храп" matches храпит, храплю, храпеть); a phrase matches
 * consecutive tokens word by word. Entries are indexed by the first letters of their first stem,
 * so a message costs a few map look-ups per token, not a scan of the whole list. Immutable.
 */
final class ConceptMatcher {

    private static final int KEY = 3;

    private record Entry(String concept, String[] stems) {
    }

    private final Map<String, List<Entry>> byPrefix = new HashMap<>();

    ConceptMatcher(Cues cues, RussianAnalyzer analyzer) {
        cues.concepts().forEach((concept, words) -> {
            for (String word : words) {
                String[] stems = analyzer.stemsOf(word);
                if (stems.length == 0) {
                    throw new IllegalArgumentException("concept " + concept + ": '" + word + "' has no letters");
                }
                String first = stems[0];
                byPrefix.computeIfAbsent(first.substring(0, Math.min(KEY, first.length())), k -> new ArrayList<>())
                        .add(new Entry(concept, stems));
            }
        });
    }

    boolean isEmpty() {
        return byPrefix.isEmpty();
    }

    /** Each concept found in {@code stems[from, to)}, once per place it is found, in order. */
    void find(String[] stems, int from, int to, List<String> found) {
        if (byPrefix.isEmpty()) {
            return;
        }
        for (int i = from; i < to; i++) {
            String stem = stems[i];
            int before = found.size();
            for (int length = 1; length <= Math.min(KEY, stem.length()); length++) {
                List<Entry> entries = byPrefix.get(stem.substring(0, length));
                if (entries == null) {
                    continue;
                }
                for (Entry entry : entries) {
                    if (matches(entry.stems(), stems, i, to) && !found.subList(before, found.size()).contains(entry.concept())) {
                        found.add(entry.concept());
                    }
                }
            }
        }
    }

    private static boolean matches(String[] phrase, String[] stems, int at, int to) {
        if (at + phrase.length > to) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!stems[at + k].startsWith(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
