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

    /** Mentions as found: concept, first and last word, in no particular order. */
    private int[] foundConcept = new int[32];
    private int[] foundStart = new int[32];
    private int[] foundEnd = new int[32];
    private int count;
    /** After {@link #freeze}: mentions sorted by concept, then by first word; concept c owns [offset[c], offset[c+1]). */
    private final int[] offset;
    private int[] starts;
    private int[] ends;
    private final int words;
    private final int[] clauses;
    private final int[] sentences;

    private Mentions(int concepts, Reading reading) {
        this.offset = new int[concepts + 1];
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
        int[] at = new int[book.longestPhrase];
        // Quiet phrases first, longest first (they are listed so), each taking its words for good:
        // "уже 5 лет" (how long) keeps "5 лет" (an age) from matching.
        found.phrases(reading, book, 1, quiet, null, at);
        found.singles(reading, book, 1, quiet, null);
        IntList[] phraseConcepts = new IntList[n];
        found.phrases(reading, book, 0, quiet, phraseConcepts, at);
        found.singles(reading, book, 0, quiet, phraseConcepts);
        found.freeze();
        return found;
    }

    /** Sorts the mentions by concept and first word (a counting sort; lists are short); a repeat is harmless. */
    private void freeze() {
        int concepts = offset.length - 1;
        for (int m = 0; m < count; m++) {
            offset[foundConcept[m] + 1]++;
        }
        for (int c = 0; c < concepts; c++) {
            offset[c + 1] += offset[c];
        }
        int[] fill = Arrays.copyOf(offset, concepts);
        starts = new int[count];
        ends = new int[count];
        for (int m = 0; m < count; m++) {
            int at = fill[foundConcept[m]]++;
            // insertion into place: each concept's mentions are few and mostly found in order
            int k = at;
            while (k > offset[foundConcept[m]] && starts[k - 1] > foundStart[m]) {
                starts[k] = starts[k - 1];
                ends[k] = ends[k - 1];
                k--;
            }
            starts[k] = foundStart[m];
            ends[k] = foundEnd[m];
        }
    }

    /** Finds the phrases of one kind ({@code kind} 1: quiet, 0: ordinary) and marks the words they take. */
    private void phrases(Reading reading, RuleBook book, int kind, boolean[] quiet, IntList[] phraseConcepts,
                         int[] at) {
        PhraseIndex index = book.phrases[kind];
        int n = reading.size();
        for (int i = 0; i < n; i++) {
            for (int pattern : reading.patterns(i)) {
                if (quiet[i] || !index.starts(pattern)) {
                    continue;
                }
                int negations = 0;
                for (int j = i + 1; j < n && j <= i + 1 + Term.MAX_GAP; j++) {
                    if (reading.sentenceBefore(j) || quiet[j]) {
                        break;
                    }
                    for (int second : reading.patterns(j)) {
                        if (!closeEnough(book, reading, pattern, second, i, j)) {
                            continue;
                        }
                        for (int t : index.get(pattern, second)) {
                            if (!quiet[i]) {
                                tryPhrase(reading, book, book.terms.get(t), i, j, negations, at, quiet, kind,
                                        phraseConcepts);
                            }
                        }
                    }
                    if (reading.is(j, Reading.NEGATOR)) {
                        negations++;
                    }
                }
            }
        }
    }

    private void tryPhrase(Reading reading, RuleBook book, Term term, int first, int second, int negations,
                           int[] at, boolean[] quiet, int kind, IntList[] phraseConcepts) {
        at[0] = first;
        at[1] = second;
        int gapNegations = matchRest(reading, book, term, at, quiet);
        if (gapNegations < 0) {
            return;
        }
        int length = term.parts().length;
        int end = at[length - 1];
        boolean negated = negations + gapNegations > 0 || book.negation.negates(reading, first, end);
        if (kind == 1 && !term.counts(negated)) {
            // a quiet phrase takes its words only as written: "!мокр* просыпал*" leaves "проснулся
            // в мокрой постели" alone
            return;
        }
        for (int k = 0; k < length; k++) {
            if (kind == 1) {
                quiet[at[k]] = true;
            } else {
                if (phraseConcepts[at[k]] == null) {
                    phraseConcepts[at[k]] = new IntList(2);
                }
                phraseConcepts[at[k]].addUnique(term.concept());
            }
        }
        if (term.counts(negated)) {
            add(term.concept(), first, end);
        }
    }

    private void singles(Reading reading, RuleBook book, int kind, boolean[] quiet, IntList[] phraseConcepts) {
        int[][] byPattern = book.singles[kind];
        for (int i = 0; i < reading.size(); i++) {
            int[] patterns = reading.patterns(i);
            if (quiet[i] || patterns.length == 0) {
                continue;
            }
            int negated = -1;
            boolean hushed = false;
            for (int pattern : patterns) {
                for (int t : byPattern[pattern]) {
                    Term term = book.terms.get(t);
                    if (phraseConcepts != null && phraseConcepts[i] != null && has(phraseConcepts[i], term.concept())) {
                        continue;
                    }
                    if (negated < 0) {
                        negated = book.negation.negates(reading, i, i) ? 1 : 0;
                    }
                    if (term.counts(negated == 1)) {
                        add(term.concept(), i, i);
                        hushed |= kind == 1;
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
     * Matches the parts of a term after its first two (already at {@code at[0]} and {@code at[1]});
     * fills {@code at}. Returns -1 when they do not follow, else how many negations stand between.
     */
    private static int matchRest(Reading reading, RuleBook book, Term term, int[] at, boolean[] taken) {
        int negations = 0;
        int[] parts = term.parts();
        for (int k = 2; k < parts.length; k++) {
            int found = -1;
            int gapNegations = 0;
            for (int j = at[k - 1] + 1; j < reading.size() && j <= at[k - 1] + 1 + Term.MAX_GAP; j++) {
                // A phrase may run over a comma ("показалось, что перестала дышать"), not a full stop.
                if (reading.sentenceBefore(j) || taken[j]) {
                    break;
                }
                if (contains(reading.patterns(j), parts[k])) {
                    if (closeEnough(book, reading, parts[k - 1], parts[k], at[k - 1], j)) {
                        found = j;
                    }
                    break;
                }
                if (reading.is(j, Reading.NEGATOR)) {
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

    /**
     * A number and its neighbour in a term stand side by side in one clause: "34 недели" is a term
     * of pregnancy, "мне 24, неделю не сплю" is not. Other words may have others between them.
     */
    private static boolean closeEnough(RuleBook book, Reading reading, int pattern, int next, int i, int j) {
        if (!book.isNumber[pattern] && !book.isNumber[next]) {
            return true;
        }
        return j == i + 1 && !reading.breakBefore(j);
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
        if (count == foundConcept.length) {
            foundConcept = Arrays.copyOf(foundConcept, count * 2);
            foundStart = Arrays.copyOf(foundStart, count * 2);
            foundEnd = Arrays.copyOf(foundEnd, count * 2);
        }
        foundConcept[count] = concept;
        foundStart[count] = start;
        foundEnd[count] = end;
        count++;
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
        return offset[concept + 1] > offset[concept];
    }

    /** Mentions of a concept are numbered {@code from(concept)} to {@code to(concept) - 1}, by first word. */
    int from(int concept) {
        return offset[concept];
    }

    int to(int concept) {
        return offset[concept + 1];
    }

    /** The first mention of {@code concept} that starts at or after word {@code left}. */
    int firstFrom(int concept, int left) {
        int lo = offset[concept];
        int hi = offset[concept + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < left) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int start(int mention) {
        return starts[mention];
    }

    int end(int mention) {
        return ends[mention];
    }
}
