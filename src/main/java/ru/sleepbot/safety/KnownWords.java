package ru.sleepbot.safety;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Topic;
import ru.sleepbot.nlu.TextNormalizer;

/** The words triage takes as spelt right ({@link RuleLoader} gathers them once, at start). */
final class KnownWords {

    /** A word the training examples use this often is a real word, not a typo. */
    private static final int EXAMPLE_USES = 2;

    private KnownWords() {
    }

    /**
     * Words spelt right, which are never read as typos of a rule word ("перестаю" is not a typo of
     * "перестал"): the bot's own texts, the words the training examples use at least twice, the
     * whole words of the rules and {@code known_words}.
     */
    static Set<String> of(KnowledgeBase knowledge, List<String> declaredKnown, List<WordPattern> patterns) {
        TextNormalizer normalizer = new TextNormalizer();
        Set<String> known = new HashSet<>();
        Map<String, Integer> uses = new HashMap<>();
        knowledge.examples().forEach(e -> {
            for (String word : normalizer.normalize(e.text()).split(" ")) {
                uses.merge(word, 1, Integer::sum);
            }
        });
        uses.forEach((word, n) -> {
            if (n >= EXAMPLE_USES && word.length() >= WordIndex.FUZZY_MIN) {
                known.add(word);
            }
        });
        declaredKnown.forEach(w -> known.add(normalizer.normalize(w)));
        for (Topic topic : knowledge.topics()) {
            addWords(topic.answer(), known, normalizer);
            topic.sections().values().forEach(text -> addWords(text, known, normalizer));
        }
        knowledge.messages().keys().forEach(key -> knowledge.messages().variants(key).forEach(t -> addWords(t, known, normalizer)));
        patterns.stream().filter(p -> p.kind() == WordPattern.Kind.WORD).forEach(p -> known.add(p.text()));
        return known;
    }

    private static void addWords(String text, Set<String> into, TextNormalizer normalizer) {
        for (String word : normalizer.normalize(text).split(" ")) {
            if (word.length() >= WordIndex.FUZZY_MIN) {
                into.add(word);
            }
        }
    }
}
