package ru.sleepbot.dialog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.Utterance;

/**
 * Short phrases that name a request ("удали* * данн*", "пройти тест*"), as content editors write
 * them in {@code intents/lexicon/}: words in order, {@code *} at the end of a word for any ending;
 * a lone {@code *} only shows where other words may stand, for between two words of a phrase up to
 * {@link #GAP} other words may stand anyway, so "удалите пожалуйста все мои данные" and "удалите
 * данные" both match "удали* * данн*". Matched against the
 * normalized tokens of an {@link Utterance} (lower case, ё as е).
 */
public final class Phrases {

    /** Other words allowed between two words of a phrase. */
    static final int GAP = 2;

    private record Phrase(List<String> words) {
    }

    private final List<Phrase> phrases;

    public Phrases(Collection<String> written) {
        TextNormalizer normalizer = new TextNormalizer();
        List<Phrase> compiled = new ArrayList<>();
        for (String phrase : written) {
            List<String> words = new ArrayList<>();
            for (String word : phrase.strip().split("\\s+")) {
                if (word.equals("*")) {
                    continue;
                }
                boolean prefix = word.endsWith("*") && word.length() > 1;
                String bare = normalizer.normalize(prefix ? word.substring(0, word.length() - 1) : word);
                words.add(prefix ? bare + "*" : bare);
            }
            compiled.add(new Phrase(List.copyOf(words)));
        }
        this.phrases = List.copyOf(compiled);
    }

    /** True when some phrase is in the message. */
    public boolean in(Utterance said) {
        for (Phrase phrase : phrases) {
            if (matches(phrase.words(), said.tokens(), 0, 0, true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<String> words, List<String> tokens, int word, int from, boolean first) {
        if (word == words.size()) {
            return true;
        }
        int last = first ? tokens.size() - 1 : Math.min(tokens.size() - 1, from + GAP);
        for (int at = from; at <= last; at++) {
            if (fits(words.get(word), tokens.get(at)) && matches(words, tokens, word + 1, at + 1, false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(String word, String token) {
        return word.endsWith("*") ? token.startsWith(word.substring(0, word.length() - 1)) : token.equals(word);
    }
}
