package ru.sleepbot.nlu;

import java.util.Arrays;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.WhitespaceTokenizer;

/**
 * Turns a message into normalized tokens and their Russian Snowball stems, so that "дергаюсь",
 * "дёрнулся" and "дергается" share features. Thread-safe: a stemmer is made per call because
 * OpenNLP's Snowball stemmers keep state between calls.
 */
public final class RussianAnalyzer {

    private final TextNormalizer normalizer;

    public RussianAnalyzer(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public String normalize(String text) {
        return normalizer.normalize(text);
    }

    /** Tokens of the normalized text. */
    public String[] tokens(String text) {
        String normalized = normalizer.normalize(text);
        return normalized.isEmpty() ? new String[0] : WhitespaceTokenizer.INSTANCE.tokenize(normalized);
    }

    /** Stems of already normalized tokens, in order. */
    public String[] stems(String[] tokens) {
        SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.RUSSIAN);
        return Arrays.stream(tokens).map(t -> stemmer.stem(t).toString()).toArray(String[]::new);
    }

    /** Stems of a raw message. */
    public String[] stemsOf(String text) {
        return stems(tokens(text));
    }
}
