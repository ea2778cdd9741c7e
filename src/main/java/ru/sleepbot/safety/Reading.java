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

    /** Roles of a word for negation, as bits: it negates, it may stand between, it means "almost". */
    static final byte NEGATOR = 1;
    static final byte THROUGH = 2;
    static final byte ALMOST = 4;
    /** An "after" negation ("нет", "не было") starts at this word. */
    static final byte AFTER = 8;
    /** Some "after" negation may start at this word; whether one does depends on the words after it. */
    static final byte AFTER_FIRST = 16;

    private final List<String> tokens;
    private final byte[] gaps;
    private final int[][] patterns;
    private final byte[] roles;

    Reading(List<String> tokens, byte[] gaps, int[][] patterns, byte[] roles) {
        if (gaps.length != tokens.size() || patterns.length != tokens.size() || roles.length != tokens.size()) {
            throw new IllegalArgumentException("tokens, gaps, patterns and roles differ in length");
        }
        this.tokens = tokens;
        this.gaps = gaps;
        this.patterns = patterns;
        this.roles = roles;
    }

    /** True when word {@code i} has the negation role {@code role}. */
    boolean is(int i, byte role) {
        return (roles[i] & role) != 0;
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
