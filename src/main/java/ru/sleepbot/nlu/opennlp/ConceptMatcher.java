package ru.sleepbot.nlu.opennlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.sleepbot.nlu.RussianAnalyzer;

/**
 * Finds the content's concepts in a run of normalized tokens (lower case, ё as е). A concept word
 * ending in {@code *} is a beginning that matches any ending as typed ("храп*" matches храпит,
 * храплю); any other word matches only itself ("вены" matches вены, not венок). A phrase matches
 * consecutive tokens word by word ("остановк* дыхани*"). Beginnings are matched on the typed
 * word, not on a Snowball stem, so that what an editor writes is exactly what is caught: a stem
 * would turn "током" into "ток" and catch "токсикоз". Entries are indexed by the first letters
 * of their first word, so a message costs a few map look-ups per token, not a scan of the whole
 * list. Immutable.
 */
final class ConceptMatcher {

    private static final int KEY = 3;
    private static final char ANY_ENDING = '*';

    /** One word of a concept entry: its normalized letters, and whether any ending may follow. */
    private record Part(String text, boolean prefix) {

        boolean matches(String token) {
            return prefix ? token.startsWith(text) : token.equals(text);
        }
    }

    private record Entry(String concept, Part[] parts) {
    }

    private final Map<String, List<Entry>> byStart = new HashMap<>();

    ConceptMatcher(Cues cues, RussianAnalyzer analyzer) {
        cues.concepts().forEach((concept, words) -> {
            for (String word : words) {
                Part[] parts = parts(word, analyzer);
                if (parts.length == 0) {
                    throw new IllegalArgumentException("concept " + concept + ": '" + word + "' has no letters");
                }
                String first = parts[0].text();
                byStart.computeIfAbsent(first.substring(0, Math.min(KEY, first.length())), k -> new ArrayList<>())
                        .add(new Entry(concept, parts));
            }
        });
    }

    private static Part[] parts(String word, RussianAnalyzer analyzer) {
        List<Part> parts = new ArrayList<>();
        for (String raw : word.strip().split("\\s+")) {
            boolean prefix = raw.endsWith(String.valueOf(ANY_ENDING));
            String text = analyzer.normalize(prefix ? raw.substring(0, raw.length() - 1) : raw);
            if (!text.isEmpty() && text.indexOf(' ') < 0) {
                parts.add(new Part(text, prefix));
            } else if (!text.isEmpty()) {
                for (String piece : text.split(" ")) {
                    parts.add(new Part(piece, false));
                }
            }
        }
        return parts.toArray(Part[]::new);
    }

    boolean isEmpty() {
        return byStart.isEmpty();
    }

    /** Each concept found in {@code tokens[from, to)}, once per place it is found, in order. */
    void find(String[] tokens, int from, int to, List<String> found) {
        if (byStart.isEmpty()) {
            return;
        }
        for (int i = from; i < to; i++) {
            String token = tokens[i];
            int before = found.size();
            for (int length = 1; length <= Math.min(KEY, token.length()); length++) {
                List<Entry> entries = byStart.get(token.substring(0, length));
                if (entries == null) {
                    continue;
                }
                for (Entry entry : entries) {
                    if (matches(entry.parts(), tokens, i, to) && !found.subList(before, found.size()).contains(entry.concept())) {
                        found.add(entry.concept());
                    }
                }
            }
        }
    }

    private static boolean matches(Part[] phrase, String[] tokens, int at, int to) {
        if (at + phrase.length > to) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!phrase[k].matches(tokens[at + k])) {
                return false;
            }
        }
        return true;
    }
}
