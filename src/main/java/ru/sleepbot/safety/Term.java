package ru.sleepbot.safety;

/**
 * One way of saying a concept: a word, or words that follow each other (at most {@link #MAX_GAP}
 * other words between them: "глаза у него закатились"), and how negation counts: a term written
 * "!дыш*" counts only where negated ("не дышит", "дыхания нет"), one written "~уже" wherever it
 * stands (words of time and place say nothing themselves, so "не слышно уже долго" still says
 * "долго"), any other only where not negated.
 *
 * @param concept     the concept id
 * @param parts       pattern ids, in order
 * @param negatedOnly true for terms written with a leading "!"
 * @param anyPolarity true for terms written with a leading "~"
 * @param source      as written, for messages about the rules
 */
record Term(int concept, int[] parts, boolean negatedOnly, boolean anyPolarity, String source) {

    /** Does a mention with this negation count for this term? */
    boolean counts(boolean negated) {
        return anyPolarity || negated == negatedOnly;
    }

    /** Words allowed between two parts of a multi-word term. */
    static final int MAX_GAP = 2;

    boolean isPhrase() {
        return parts.length > 1;
    }
}
