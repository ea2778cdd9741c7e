package ru.sleepbot.safety;

import java.util.List;

/**
 * A message as the rules see it: its words (the {@code Utterance}'s normalized tokens, glued
 * words split), what stands between each word and the one before it (a space, a comma or dash, a
 * full stop, a question mark), and the rule patterns each word matches.
 */
final class Reading {

    static final byte SPACE = 0;
    /** A comma, a dash, a colon, a bracket: the clause changes, the sentence goes on. */
    static final byte BREAK = 1;
    /** A full stop, "!", ";" or a new line. */
    static final byte SENTENCE = 2;
    static final byte QUESTION = 3;

    private final List<String> tokens;
    private final byte[] gaps;
    private final int[][] patterns;

    Reading(List<String> tokens, byte[] gaps, int[][] patterns) {
        if (gaps.length != tokens.size() || patterns.length != tokens.size()) {
            throw new IllegalArgumentException("tokens, gaps and patterns differ in length");
        }
        this.tokens = tokens;
        this.gaps = gaps;
        this.patterns = patterns;
    }

    int size() {
        return tokens.size();
    }

    String token(int i) {
        return tokens.get(i);
    }

    /** Pattern ids word {@code i} matches (shared array: do not change). */
    int[] patterns(int i) {
        return patterns[i];
    }

    /** True when a sentence break (or a question mark) stands right before word {@code i}. */
    boolean breakBefore(int i) {
        return i < gaps.length && gaps[i] != SPACE;
    }

    boolean questionBefore(int i) {
        return i < gaps.length && gaps[i] == QUESTION;
    }

    /** True when a sentence ends right before word {@code i}. */
    boolean sentenceBefore(int i) {
        return i < gaps.length && gaps[i] >= SENTENCE;
    }
}
