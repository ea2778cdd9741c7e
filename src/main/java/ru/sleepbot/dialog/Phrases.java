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
 *
 * <p>In a phrase of two words or more, a word of at least {@link #TYPO_MIN} letters also fits a
 * token one typo away ("прверка симптомов", "забуть меня"), one word of the phrase at most: people
 * type fast, and the other words of the phrase keep the match specific. A phrase of one word must be spelled
 * right ("практик*" must not catch "практически" through a typo).
 */
public final class Phrases {

    /** Other words allowed between two words of a phrase. */
    static final int GAP = 2;
    /** Letters a phrase word needs before a typo in it is forgiven. */
    static final int TYPO_MIN = 5;
    /**
     * Letters a phrase word needs before a letter replaced by another is forgiven: in shorter words
     * that makes another word too often ("удали" and "удари").
     */
    static final int TYPO_REPLACED_MIN = 6;

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
            if (matches(phrase.words(), said.tokens(), 0, 0, true, phrase.words().size() > 1 ? 1 : 0)) {
                return true;
            }
        }
        return false;
    }

    /** {@code typos}: how many words of the phrase may still fit with a typo (one per phrase). */
    private static boolean matches(List<String> words, List<String> tokens, int word, int from, boolean first,
                                   int typos) {
        if (word == words.size()) {
            return true;
        }
        int last = first ? tokens.size() - 1 : Math.min(tokens.size() - 1, from + GAP);
        for (int at = from; at <= last; at++) {
            if (fits(words.get(word), tokens.get(at), false)) {
                if (matches(words, tokens, word + 1, at + 1, false, typos)) {
                    return true;
                }
            } else if (typos > 0 && fits(words.get(word), tokens.get(at), true)
                    && matches(words, tokens, word + 1, at + 1, false, typos - 1)) {
                return true;
            }
        }
        return false;
    }

    static boolean fits(String word, String token, boolean typos) {
        boolean prefix = word.endsWith("*");
        String bare = prefix ? word.substring(0, word.length() - 1) : word;
        if (prefix ? token.startsWith(bare) : token.equals(bare)) {
            return true;
        }
        // The first letter is kept: a typo there turns a word into another one more often than not.
        if (!typos || bare.length() < TYPO_MIN || token.isEmpty() || token.charAt(0) != bare.charAt(0)) {
            return false;
        }
        boolean replacing = bare.length() >= TYPO_REPLACED_MIN;
        if (!prefix) {
            return Typos.oneApart(bare, token, replacing);
        }
        // The beginning must end as the phrase word does: else any word one letter past the
        // beginning would fit ("провес|ти" is not "провер|ка").
        char end = bare.charAt(bare.length() - 1);
        for (int length = bare.length() - 1; length <= Math.min(token.length(), bare.length() + 1); length++) {
            String start = token.substring(0, length);
            if (start.charAt(length - 1) == end && Typos.oneApart(bare, start, replacing)) {
                return true;
            }
        }
        return false;
    }
}
