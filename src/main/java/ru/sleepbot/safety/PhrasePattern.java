package ru.sleepbot.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import ru.sleepbot.nlu.TextNormalizer;

/**
 * A hand-written pattern over normalized words, for things that must be caught reliably rather
 * than guessed (warning signs): terms joined by " + " that must all occur within a window of
 * words, each term a set of alternatives joined by "|" — a word beginning, several consecutive
 * word beginnings, or a whole word when it ends in ".". A term preceded (within two words) by a
 * negation, or followed by one, does not count: "судорог нет", "язык не прикусывал" (see
 * {@link Negation}).
 */
public final class PhrasePattern {

    private final String source;
    private final List<List<String[]>> terms;
    private final int window;
    private final Negation negation;

    private PhrasePattern(String source, List<List<String[]>> terms, int window, Negation negation) {
        this.source = source;
        this.terms = terms;
        this.window = window;
        this.negation = negation;
    }

    /** Compiles a pattern; alternatives are normalized the same way messages are. */
    public static PhrasePattern compile(String pattern, int window, TextNormalizer normalizer, Negation negation) {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(negation, "negation");
        List<List<String[]>> terms = new ArrayList<>();
        for (String term : pattern.split("\\s\\+\\s")) {
            List<String[]> alternatives = new ArrayList<>();
            for (String alternative : term.split("\\|")) {
                boolean whole = alternative.strip().endsWith(".");
                String normalized = normalizer.normalize(alternative);
                if (normalized.isEmpty()) {
                    throw new IllegalArgumentException("empty alternative in pattern: " + pattern);
                }
                String[] words = normalized.split(" ");
                if (whole) {
                    words[words.length - 1] = words[words.length - 1] + ".";
                }
                alternatives.add(words);
            }
            terms.add(List.copyOf(alternatives));
        }
        if (window < 1) {
            throw new IllegalArgumentException("window must be positive: " + pattern);
        }
        return new PhrasePattern(pattern, List.copyOf(terms), window, negation);
    }

    /** True when every term occurs, not negated, within the window. {@code words} are normalized. */
    public boolean matches(String[] words) {
        List<int[]> positions = new ArrayList<>(terms.size());
        for (List<String[]> term : terms) {
            int[] at = positionsOf(term, words);
            if (at.length == 0) {
                return false;
            }
            positions.add(at);
        }
        return withinWindow(positions);
    }

    @Override
    public String toString() {
        return source;
    }

    private int[] positionsOf(List<String[]> term, String[] words) {
        int[] found = new int[words.length];
        int count = 0;
        for (int i = 0; i < words.length; i++) {
            for (String[] alternative : term) {
                if (startsAt(alternative, words, i) && !negated(words, i, alternative.length)) {
                    found[count++] = i;
                    break;
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static boolean startsAt(String[] alternative, String[] words, int at) {
        if (at + alternative.length > words.length) {
            return false;
        }
        for (int k = 0; k < alternative.length; k++) {
            String part = alternative[k];
            boolean whole = part.endsWith(".");
            String stem = whole ? part.substring(0, part.length() - 1) : part;
            if (whole ? !words[at + k].equals(stem) : !words[at + k].startsWith(stem)) {
                return false;
            }
        }
        return true;
    }

    private boolean negated(String[] words, int at, int length) {
        if (negation.before().contains(words[at])) {
            return false; // the alternative itself starts with a negation ("не дышит")
        }
        for (int k = Math.max(0, at - 2); k < at; k++) {
            if (negation.before().contains(words[k])) {
                return true;
            }
        }
        int after = at + length;
        return after < words.length && negation.after().contains(words[after]);
    }

    /** Is there a window of {@code window} words holding one position of every term? */
    private boolean withinWindow(List<int[]> positions) {
        for (int start : positions.get(0)) {
            int low = Math.max(0, start - window + 1);
            for (int from = low; from <= start; from++) {
                if (allIn(positions, from, from + window - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allIn(List<int[]> positions, int from, int to) {
        for (int[] term : positions) {
            boolean any = false;
            for (int p : term) {
                if (p >= from && p <= to) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }
}
