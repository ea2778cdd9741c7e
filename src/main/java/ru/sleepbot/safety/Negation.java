package ru.sleepbot.safety;

import java.util.List;
import java.util.Set;

/**
 * The words that turn a term around ({@code negation:} in {@code intents/safety/}): a term is
 * negated when one of {@code before} stands right before it, or with at most two {@code through}
 * words between ("не могу его разбудить"), or when one of the {@code after} sequences follows it,
 * again with at most two {@code through} words between ("судорог у него нет", "разбудить не
 * могу"). A negation never reaches across a sentence break ("Нет, он дышит"), and one of
 * {@code almost} right before it makes it "almost" ("чуть не уснул" did fall asleep).
 */
record Negation(Set<String> before, Set<String> through, List<String[]> after, Set<String> almost) {

    static final int MAX_THROUGH = 2;

    Negation {
        before = Set.copyOf(before);
        through = Set.copyOf(through);
        after = List.copyOf(after);
        almost = Set.copyOf(almost);
        if (before.isEmpty() || after.isEmpty()) {
            // Without negations every "судорог не было" would be an alarm.
            throw new IllegalArgumentException("negation: before and after words are required");
        }
    }

    /** Is the term at {@code [start, end]} negated in {@code reading}? */
    boolean negates(Reading reading, int start, int end) {
        return negatedBefore(reading, start) || negatedAfter(reading, end);
    }

    boolean isNegator(String token) {
        return before.contains(token);
    }

    private boolean negatedBefore(Reading reading, int start) {
        for (int i = start - 1, through = 0; i >= 0 && !reading.breakBefore(i + 1); i--) {
            String token = reading.token(i);
            if (before.contains(token)) {
                return i == 0 || reading.breakBefore(i) || !almost.contains(reading.token(i - 1));
            }
            if (!this.through.contains(token) || ++through > MAX_THROUGH) {
                return false;
            }
        }
        return false;
    }

    private boolean negatedAfter(Reading reading, int end) {
        int through = 0;
        for (int i = end + 1; i < reading.size(); i++) {
            // "Судороги? Нет." answers its own question; any other break ends the reach.
            if (reading.breakBefore(i) && !(i == end + 1 && reading.questionBefore(i))) {
                return false;
            }
            for (String[] sequence : after) {
                if (startsAt(reading, i, sequence)) {
                    return true;
                }
            }
            if (!this.through.contains(reading.token(i)) || ++through > MAX_THROUGH) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsAt(Reading reading, int at, String[] sequence) {
        if (at + sequence.length > reading.size()) {
            return false;
        }
        for (int k = 0; k < sequence.length; k++) {
            if (!reading.token(at + k).equals(sequence[k]) || k > 0 && reading.breakBefore(at + k)) {
                return false;
            }
        }
        return true;
    }
}
