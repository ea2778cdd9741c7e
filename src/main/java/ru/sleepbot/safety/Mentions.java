package ru.sleepbot.safety;

import java.util.Arrays;

/**
 * Where each concept is mentioned in one message, with negation already settled: a term written
 * "!дыш*" is mentioned only where negated ("не дышит"), any other term only where not. Terms of
 * several words are found before single words and take their words from the single-word terms of
 * their own concept: "без сознания не был" is the phrase "без сознания", negated, never the word
 * "сознания" after "без". Terms of {@code quiet.} concepts (the longest first) take their words
 * from every other term: "меня трясёт" is the writer shivering, not someone shaking.
 */
final class Mentions {

    private final int[] head;
    private int[] next = new int[16];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;
    private final int words;
    private final int[] clauses;
    private final int[] sentences;

    private Mentions(int concepts, Reading reading) {
        this.head = new int[concepts];
        Arrays.fill(head, -1);
        this.words = reading.size();
        this.clauses = new int[words];
        this.sentences = new int[words];
        for (int i = 1; i < words; i++) {
            clauses[i] = clauses[i - 1] + (reading.breakBefore(i) ? 1 : 0);
            sentences[i] = sentences[i - 1] + (reading.sentenceBefore(i) ? 1 : 0);
        }
    }

    static Mentions find(Reading reading, RuleBook book) {
        Mentions found = new Mentions(book.concepts.size(), reading);
        int n = reading.size();
        boolean[] quiet = new boolean[n];
        boolean[] quietNow = new boolean[n];
        int[] at = new int[book.longestPhrase];
        // Quiet phrases, longest first: "уже 5 лет" (how long) keeps "5 лет" (an age) from matching.
        for (int length = book.longestPhrase; length >= 2; length--) {
            found.phrases(reading, book, length, true, quiet, quietNow, null, at);
            merge(quietNow, quiet);
        }
        found.singles(reading, book, true, quiet, null);
        IntList[] phraseConcepts = new IntList[n];
        for (int length = book.longestPhrase; length >= 2; length--) {
            found.phrases(reading, book, length, false, quiet, null, phraseConcepts, at);
        }
        found.singles(reading, book, false, quiet, phraseConcepts);
        return found;
    }

    private static void merge(boolean[] from, boolean[] into) {
        for (int i = 0; i < from.length; i++) {
            into[i] |= from[i];
        }
    }

    private void phrases(Reading reading, RuleBook book, int length, boolean quietPass, boolean[] quiet,
                         boolean[] quietNow, IntList[] phraseConcepts, int[] at) {
        for (int i = 0; i < reading.size(); i++) {
            if (quiet[i]) {
                continue;
            }
            for (int pattern : reading.patterns(i)) {
                for (int t : book.phrases[pattern]) {
                    Term term = book.terms.get(t);
                    if (term.parts().length != length || book.quiet[term.concept()] != quietPass) {
                        continue;
                    }
                    int gapNegations = matchPhrase(reading, term, i, at, quiet, book.negation);
                    if (gapNegations < 0) {
                        continue;
                    }
                    for (int k = 0; k < length; k++) {
                        if (quietPass) {
                            quietNow[at[k]] = true;
                        } else {
                            if (phraseConcepts[at[k]] == null) {
                                phraseConcepts[at[k]] = new IntList(2);
                            }
                            phraseConcepts[at[k]].addUnique(term.concept());
                        }
                    }
                    int end = at[length - 1];
                    boolean negated = gapNegations > 0 || book.negation.negates(reading, i, end);
                    if (term.counts(negated)) {
                        add(term.concept(), i, end);
                    }
                }
            }
        }
    }

    private void singles(Reading reading, RuleBook book, boolean quietPass, boolean[] quiet,
                         IntList[] phraseConcepts) {
        for (int i = 0; i < reading.size(); i++) {
            int[] patterns = reading.patterns(i);
            if (quiet[i] || patterns.length == 0) {
                continue;
            }
            Boolean negated = null;
            boolean hushed = false;
            for (int pattern : patterns) {
                for (int t : book.singles[pattern]) {
                    Term term = book.terms.get(t);
                    if (book.quiet[term.concept()] != quietPass
                            || phraseConcepts != null && phraseConcepts[i] != null && has(phraseConcepts[i], term.concept())) {
                        continue;
                    }
                    if (negated == null) {
                        negated = book.negation.negates(reading, i, i);
                    }
                    if (term.counts(negated)) {
                        add(term.concept(), i, i);
                        hushed |= quietPass;
                    }
                }
            }
            if (hushed) {
                quiet[i] = true;
            }
        }
    }

    private static boolean has(IntList list, int value) {
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k) == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * Matches a multi-word term from word {@code start}; fills {@code at} with the word of each
     * part. Returns -1 when it does not match, else how many negations stand between its parts.
     */
    private static int matchPhrase(Reading reading, Term term, int start, int[] at, boolean[] taken,
                                   Negation negation) {
        at[0] = start;
        int negations = 0;
        int[] parts = term.parts();
        for (int k = 1; k < parts.length; k++) {
            int found = -1;
            int gapNegations = 0;
            for (int j = at[k - 1] + 1; j < reading.size() && j <= at[k - 1] + 1 + Term.MAX_GAP; j++) {
                // A phrase may run over a comma ("показалось, что перестала дышать"), not a full stop.
                if (reading.sentenceBefore(j) || taken[j]) {
                    break;
                }
                if (contains(reading.patterns(j), parts[k])) {
                    found = j;
                    break;
                }
                if (negation.isNegator(reading.token(j))) {
                    gapNegations++;
                }
            }
            if (found < 0) {
                return -1;
            }
            at[k] = found;
            negations += gapNegations;
        }
        return negations;
    }

    private static boolean contains(int[] ids, int id) {
        for (int x : ids) {
            if (x == id) {
                return true;
            }
        }
        return false;
    }

    private void add(int concept, int start, int end) {
        for (int m = head[concept]; m >= 0; m = next[m]) {
            if (starts[m] == start) {
                return;
            }
        }
        if (count == next.length) {
            next = Arrays.copyOf(next, count * 2);
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        next[count] = head[concept];
        head[concept] = count++;
    }

    int words() {
        return words;
    }

    /** Which clause (words between any two breaks, commas included) word {@code i} stands in. */
    int clause(int i) {
        return clauses[i];
    }

    /** Which sentence word {@code i} stands in. */
    int sentence(int i) {
        return sentences[i];
    }

    boolean has(int concept) {
        return head[concept] >= 0;
    }

    /** The first mention of a concept, to walk on with {@link #next}; -1 when none. */
    int first(int concept) {
        return head[concept];
    }

    int next(int mention) {
        return next[mention];
    }

    int start(int mention) {
        return starts[mention];
    }

    int end(int mention) {
        return ends[mention];
    }
}
