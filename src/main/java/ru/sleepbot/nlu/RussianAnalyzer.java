package ru.sleepbot.nlu;

import java.util.Arrays;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.WhitespaceTokenizer;

/**
 * Turns a message into normalized tokens and their Russian Snowball stems, so that "дергаюсь",
 * "дёрнулся" and "дергается" share features. Thread-safe: OpenNLP's Snowball stemmers keep state
 * between calls, so each thread gets its own stemmer (made once per thread, not once per call).
 */
public final class RussianAnalyzer {

    private final TextNormalizer normalizer;
    private final ThreadLocal<SnowballStemmer> stemmer =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.RUSSIAN));

    public RussianAnalyzer(TextNormalizer normalizer) {
        this.normalizer = java.util.Objects.requireNonNull(normalizer, "normalizer");
    }

    /** Reads a message once: normalized text, tokens and stems. Null reads as empty. */
    public Utterance analyze(String raw) {
        String text = raw == null ? "" : raw;
        String normalized = normalizer.normalize(text);
        String[] tokens = normalized.isEmpty() ? new String[0] : WhitespaceTokenizer.INSTANCE.tokenize(normalized);
        return new Utterance(text, normalized, Arrays.asList(tokens), Arrays.asList(stems(tokens)));
    }

    public String normalize(String text) {
        return normalizer.normalize(text);
    }

    /** Tokens of the normalized text. */
    public String[] tokens(String text) {
        String normalized = normalizer.normalize(text);
        return normalized.isEmpty() ? new String[0] : WhitespaceTokenizer.INSTANCE.tokenize(normalized);
    }

    /** The stem of one already normalized token. */
    public String stem(String token) {
        return stemmer.get().stem(token).toString();
    }

    /** Stems of already normalized tokens, in order. */
    public String[] stems(String[] tokens) {
        SnowballStemmer own = stemmer.get();
        String[] stems = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            stems[i] = own.stem(tokens[i]).toString();
        }
        return stems;
    }

    /** Stems of a raw message. */
    public String[] stemsOf(String text) {
        return stems(tokens(text));
    }
}
