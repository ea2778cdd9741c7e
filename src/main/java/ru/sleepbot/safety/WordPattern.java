package ru.sleepbot.safety;

import java.util.Objects;
import ru.sleepbot.nlu.TextNormalizer;

/**
 * One word of a rule term, as written in {@code intents/safety/}: a whole word ({@code синий}),
 * a word beginning ({@code синел*} catches синела, синели), or a number ({@code #} any,
 * {@code #38-42} one in that range). Letters are compared normalized (lower case, ё as е).
 */
record WordPattern(Kind kind, String text, int min, int max) {

    enum Kind { WORD, PREFIX, NUMBER }

    WordPattern {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (kind != Kind.NUMBER && text.isEmpty()) {
            throw new IllegalArgumentException("empty word in a rule");
        }
    }

    static WordPattern parse(String written, TextNormalizer normalizer) {
        String w = written.strip();
        if (w.startsWith("#")) {
            return number(w);
        }
        boolean prefix = w.endsWith("*");
        String body = normalizer.normalize(prefix ? w.substring(0, w.length() - 1) : w);
        if (body.isEmpty() || body.contains(" ")) {
            throw new IllegalArgumentException("'" + written + "' is not one word");
        }
        return new WordPattern(prefix ? Kind.PREFIX : Kind.WORD, body, 0, 0);
    }

    private static WordPattern number(String w) {
        if (w.length() == 1) {
            return new WordPattern(Kind.NUMBER, w, 0, Integer.MAX_VALUE);
        }
        String[] range = w.substring(1).split("-", 2);
        try {
            int from = Integer.parseInt(range[0]);
            int to = range.length == 2 ? Integer.parseInt(range[1]) : from;
            if (from > to) {
                throw new IllegalArgumentException("empty number range '" + w + "'");
            }
            return new WordPattern(Kind.NUMBER, w, from, to);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + w + "' is neither # nor #N nor #N-M", e);
        }
    }

    /** Does a number token (digits only) fall in this pattern's range? */
    boolean acceptsNumber(String digits) {
        if (digits.length() > 9) {
            return false;
        }
        int value = Integer.parseInt(digits);
        return value >= min && value <= max;
    }

    @Override
    public String toString() {
        return kind == Kind.PREFIX ? text + "*" : text;
    }
}
