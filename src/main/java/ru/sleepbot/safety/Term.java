package ru.sleepbot.safety;

/**
 * One way of saying a concept: a word, or words that follow each other (at most {@link #MAX_GAP}
 * other words between them: "глаза у него закатились"), and whether it counts only when negated
 * ({@code !дыш*}: "не дышит", "дыхания нет") or only when not (everything else).
 *
 * @param concept     the concept id
 * @param parts       pattern ids, in order
 * @param negatedOnly true for terms written with a leading "!"
 * @param source      as written, for messages about the rules
 */
record Term(int concept, int[] parts, boolean negatedOnly, String source) {

    /** Words allowed between two parts of a multi-word term. */
    static final int MAX_GAP = 2;

    boolean isPhrase() {
        return parts.length > 1;
    }
}
