package ru.sleepbot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Every word and word beginning of the rules in one character trie, so that a message word is
 * looked up in one walk over its letters (most words leave the trie after two or three letters).
 * It also answers the typo question: which patterns a word matches with one letter dropped, added,
 * changed or two swapped ({@link #fuzzy}); only whole words of at least {@link #FUZZY_MIN} letters
 * and word beginnings of at least {@link #FUZZY_MIN_PREFIX} take part, and the first letter must
 * be right, because short patterns and first letters are where a typo most often turns one real
 * word into another ("коридор" is one dropped letter from "корчи…"). Immutable after construction.
 */
final class WordIndex {

    /** Patterns shorter than this are matched exactly only: "сын" must not match "сон". */
    static final int FUZZY_MIN = 5;
    /** A word beginning matches any ending, so it needs more letters before a typo may count. */
    static final int FUZZY_MIN_PREFIX = 6;
    /**
     * A word beginning read with a typo leaves at most this many letters after it: an ending
     * ("синела", "судорогами"), not the rest of another word ("распараллеливание" is no
     * "распер*", "перевоспитавшего" no "перекос*").
     */
    static final int FUZZY_MAX_ENDING = 4;

    /** Letters of normalized words: Cyrillic а-я, Latin a-z, digits; one table column each. */
    private static final int ALPHABET = 32 + 26 + 10;

    private final char[][] labels;
    private final int[][] children;
    private final int[][] prefixEnds;
    private final int[][] wordEnds;
    /** children again as a flat node × letter table, so that a step is one array read. */
    private final int[] table;

    private WordIndex(char[][] labels, int[][] children, int[][] prefixEnds, int[][] wordEnds) {
        this.labels = labels;
        this.children = children;
        this.prefixEnds = prefixEnds;
        this.wordEnds = wordEnds;
        this.table = new int[labels.length * ALPHABET];
        java.util.Arrays.fill(table, -1);
        for (int node = 0; node < labels.length; node++) {
            for (int k = 0; k < labels[node].length; k++) {
                int slot = slot(labels[node][k]);
                if (slot >= 0) {
                    table[node * ALPHABET + slot] = children[node][k];
                }
            }
        }
    }

    private static int slot(char c) {
        if (c >= 'а' && c <= 'я') {
            return c - 'а';
        }
        if (c >= 'a' && c <= 'z') {
            return 32 + c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 58 + c - '0';
        }
        return -1;
    }

    /** Indexes the {@code patterns} whose id {@code include} accepts (numbers are skipped); ids are list positions. */
    static WordIndex of(List<WordPattern> patterns, java.util.function.IntPredicate include) {
        Builder root = new Builder();
        for (int id = 0; id < patterns.size(); id++) {
            WordPattern p = patterns.get(id);
            if (p.kind() == WordPattern.Kind.NUMBER || !include.test(id)) {
                continue;
            }
            Builder node = root;
            for (int i = 0; i < p.text().length(); i++) {
                node = node.next.computeIfAbsent(p.text().charAt(i), c -> new Builder());
            }
            switch (p.kind()) {
                case PREFIX -> node.prefixEnds.add(id);
                case STEM -> node.prefixEnds.add(~id); // a stem is a beginning whose rest must be an ending
                default -> node.wordEnds.add(id);
            }
        }
        List<Builder> nodes = new ArrayList<>();
        number(root, nodes);
        int n = nodes.size();
        char[][] labels = new char[n][];
        int[][] children = new int[n][];
        int[][] prefixEnds = new int[n][];
        int[][] wordEnds = new int[n][];
        for (int i = 0; i < n; i++) {
            Builder b = nodes.get(i);
            labels[i] = new char[b.next.size()];
            children[i] = new int[b.next.size()];
            int k = 0;
            for (var e : b.next.entrySet()) {
                labels[i][k] = e.getKey();
                children[i][k++] = e.getValue().index;
            }
            prefixEnds[i] = b.prefixEnds.stream().mapToInt(Integer::intValue).toArray();
            wordEnds[i] = b.wordEnds.stream().mapToInt(Integer::intValue).toArray();
        }
        return new WordIndex(labels, children, prefixEnds, wordEnds);
    }

    private static void number(Builder node, List<Builder> nodes) {
        node.index = nodes.size();
        nodes.add(node);
        node.next.values().forEach(child -> number(child, nodes));
    }

    /** Adds to {@code out} the patterns that {@code word[from, to)} matches exactly. */
    void exact(CharSequence word, int from, int to, IntList out) {
        int node = 0;
        for (int i = from; i < to; i++) {
            node = child(node, word.charAt(i));
            if (node < 0) {
                return;
            }
            for (int id : prefixEnds[node]) {
                if (id >= 0) {
                    out.add(id);
                } else if (WordPattern.Endings.accepts(word, i + 1, to)) {
                    out.add(~id);
                }
            }
        }
        addAll(wordEnds[node], out);
    }

    /**
     * True when {@code left} followed by {@code right} is a path of the trie or passes the end of a
     * word beginning of at least {@code minPrefix} letters that runs past the cut, without building
     * the joined word: the cheap first test for a word cut in two
     * (most pairs leave the trie at once).
     */
    boolean hasPath(CharSequence left, CharSequence right, int minPrefix) {
        int node = 0;
        int length = left.length() + right.length();
        for (int i = 0; i < length; i++) {
            node = child(node, i < left.length() ? left.charAt(i) : right.charAt(i - left.length()));
            if (node < 0) {
                return false;
            }
            if (prefixEnds[node].length > 0 && i >= left.length() && i + 1 >= minPrefix) {
                return true; // a word beginning that runs past the cut matched: the rest may be its ending
            }
        }
        return true;
    }

    /**
     * True when {@code word[from, to)} taken as a whole word matches some pattern of at least
     * {@code minLength} letters exactly.
     */
    boolean matchesWhole(CharSequence word, int from, int to, int minLength) {
        int node = 0;
        for (int i = from; i < to; i++) {
            node = child(node, word.charAt(i));
            if (node < 0) {
                return false;
            }
            if (prefixEnds[node].length > 0 && i - from + 1 >= minLength && beginsWord(node, word, i + 1, to)) {
                return true;
            }
        }
        return wordEnds[node].length > 0 && to - from >= minLength;
    }

    /** True when a word beginning ends at {@code node}, or a stem whose ending {@code word[at, to)} is. */
    private boolean beginsWord(int node, CharSequence word, int at, int to) {
        for (int id : prefixEnds[node]) {
            if (id >= 0 || WordPattern.Endings.accepts(word, at, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds to {@code out} the patterns long enough for typos that {@code word} matches with
     * exactly one edit after its first letter. Call it for words without an exact match.
     */
    void fuzzy(String word, IntList out) {
        if (word.isEmpty()) {
            return;
        }
        int first = child(0, word.charAt(0));
        if (first >= 0) {
            search(word, 1, first, 1, -1, out);
        }
    }

    /**
     * Depth-first walk allowing one edit; {@code depth} is the pattern length consumed so far,
     * {@code after} how many letters matched exactly since the edit (-1 before it).
     */
    private void search(String word, int at, int node, int depth, int after, IntList out) {
        boolean edited = after >= 0;
        if (edited) {
            // a word beginning needs a right letter after the slip: "посере|дь" is no "посерел*"
            if (depth >= FUZZY_MIN && after > 0 && word.length() - at <= FUZZY_MAX_ENDING) {
                for (int id : prefixEnds[node]) {
                    // a stem's ending is checked, so a stem takes typos from five letters, as a word does
                    if (id >= 0 ? depth >= FUZZY_MIN_PREFIX : WordPattern.Endings.accepts(word, at, word.length())) {
                        out.addUnique(id >= 0 ? id : ~id);
                    }
                }
            }
            if (depth >= FUZZY_MIN && at == word.length()) {
                for (int id : wordEnds[node]) {
                    out.addUnique(id);
                }
            }
        }
        if (at < word.length()) {
            int exact = child(node, word.charAt(at));
            if (exact >= 0) {
                search(word, at + 1, exact, depth + 1, edited ? after + 1 : -1, out);
            }
        }
        if (edited) {
            return;
        }
        char[] next = labels[node];
        for (int k = 0; k < next.length; k++) {
            int c = children[node][k];
            if (at < word.length() && next[k] != word.charAt(at) && TypoModel.mayReplace(next[k], word.charAt(at))) {
                search(word, at + 1, c, depth + 1, 0, out); // a letter changed
            }
            if (at < word.length()) {
                // a letter missing inside the word; one missing at its end is another form ("перекосил")
                search(word, at, c, depth + 1, 0, out); // a letter dropped from the word
            }
        }
        if (at < word.length() && TypoModel.mayBeExtra(word, at)) {
            search(word, at + 1, node, depth, 0, out); // a letter added to the word
        }
        if (at + 1 < word.length()) {
            int swapped = child(node, word.charAt(at + 1));
            if (swapped >= 0) {
                int then = child(swapped, word.charAt(at));
                if (then >= 0 && word.charAt(at) != word.charAt(at + 1)) {
                    search(word, at + 2, then, depth + 2, 0, out); // two letters swapped
                }
            }
        }
    }

    private int child(int node, char c) {
        int slot = slot(c);
        if (slot >= 0) {
            return table[node * ALPHABET + slot];
        }
        int k = java.util.Arrays.binarySearch(labels[node], c); // labels are sorted (a TreeMap built them)
        return k >= 0 ? children[node][k] : -1;
    }

    /** Writes the trie into the build's snapshot ({@link TriageSnapshot}); the lookup table is derived again. */
    void write(ru.sleepbot.content.SnapshotOut out) {
        out.integer(labels.length);
        for (int node = 0; node < labels.length; node++) {
            out.chars(labels[node]).ints(children[node]).ints(prefixEnds[node]).ints(wordEnds[node]);
        }
    }

    static WordIndex read(ru.sleepbot.content.SnapshotIn in) {
        int n = in.size();
        char[][] labels = new char[n][];
        int[][] children = new int[n][];
        int[][] prefixEnds = new int[n][];
        int[][] wordEnds = new int[n][];
        for (int node = 0; node < n; node++) {
            labels[node] = in.chars();
            children[node] = in.ints();
            prefixEnds[node] = in.ints();
            wordEnds[node] = in.ints();
        }
        return new WordIndex(labels, children, prefixEnds, wordEnds);
    }

    private static void addAll(int[] ids, IntList out) {
        for (int id : ids) {
            out.add(id);
        }
    }

    private static final class Builder {
        final TreeMap<Character, Builder> next = new TreeMap<>();
        final List<Integer> prefixEnds = new ArrayList<>();
        final List<Integer> wordEnds = new ArrayList<>();
        int index;
    }
}
