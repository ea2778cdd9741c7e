package ru.sleepbot.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that turn a term around ({@code negation:} in {@code intents/safety/}): a term is
 * negated when one of {@code before} stands right before it, or with at most three {@code through}
 * words between ("не могу его разбудить"), or when one of the {@code after} sequences follows it,
 * again with at most three {@code through} words between ("судорог у него нет", "разбудить не
 * могу"). A negation never reaches across a sentence break ("Нет, он дышит"), and one of
 * {@code almost} right before it makes it "almost" ("чуть не уснул" did fall asleep). A
 * {@code concessive} sequence that ends with the negation word ("сколько ни", "как бы ни") says
 * "however much": "сколько ни тормошим" did shake him, so that word negates nothing. A clause
 * that is only a word and a {@code carried} word ("боли нет, судорог тоже") takes the negation of
 * the clause before it: nothing else in it could say whether the thing was there.
 */
final class Negation {

    static final int MAX_THROUGH = 3;

    private final Set<String> before;
    /** Each word's roles (negates, may stand between, means "almost"), looked up once per word. */
    private final Map<String, Byte> roleOf;
    /** The "after" sequences by their first word. */
    private final Map<String, List<String[]>> afterByFirst;
    /** The concessive sequences ("сколько ни") by their last word, the negation they cancel. */
    private final Map<String, List<String[]>> concessiveByLast;
    /** "тоже", "также": a clause of a word and one of these repeats the clause before it. */
    private final Set<String> carried;
    /** "и", "а": may open such a clause ("и судорог тоже"). */
    private final Set<String> joins;

    Negation(Set<String> before, Set<String> through, List<String[]> after, Set<String> almost,
            List<String[]> concessive, Set<String> carried, Set<String> joins) {
        if (before.isEmpty() || after.isEmpty()) {
            // Without negations every "судорог не было" would be an alarm.
            throw new IllegalArgumentException("negation: before and after words are required");
        }
        this.before = Set.copyOf(before);
        Map<String, Byte> roles = new HashMap<>();
        before.forEach(w -> roles.merge(w, Reading.NEGATOR, (x, y) -> (byte) (x | y)));
        through.forEach(w -> roles.merge(w, Reading.THROUGH, (x, y) -> (byte) (x | y)));
        almost.forEach(w -> roles.merge(w, Reading.ALMOST, (x, y) -> (byte) (x | y)));
        after.forEach(seq -> roles.merge(seq[0], Reading.AFTER_FIRST, (x, y) -> (byte) (x | y)));
        this.roleOf = Map.copyOf(roles);
        Map<String, List<String[]>> byFirst = new HashMap<>();
        after.forEach(seq -> byFirst.computeIfAbsent(seq[0], k -> new ArrayList<>()).add(seq));
        this.afterByFirst = Map.copyOf(byFirst);
        Map<String, List<String[]>> byLast = new HashMap<>();
        for (String[] seq : concessive) {
            String last = seq[seq.length - 1];
            if (seq.length < 2 || !before.contains(last)) {
                // a sequence that ends in no negation word would cancel nothing: a slip in the content
                throw new IllegalArgumentException("negation.concessive: '" + String.join(" ", seq)
                        + "' must end with a 'before' word after at least one other");
            }
            byLast.computeIfAbsent(last, k -> new ArrayList<>()).add(seq);
        }
        this.concessiveByLast = Map.copyOf(byLast);
        this.carried = Set.copyOf(carried);
        this.joins = Set.copyOf(joins);
    }

    /** Is the term at {@code [start, end]} negated in {@code reading}? */
    boolean negates(Reading reading, int start, int end) {
        return negatedBefore(reading, start) || negatedAfter(reading, end) || carriedOver(reading, start, end);
    }

    Set<String> carriedWords() {
        return carried;
    }

    Set<String> joinWords() {
        return joins;
    }

    /**
     * "Боли нет, судорог тоже", "сознание не терял. И язык тоже": the term's clause holds, besides
     * the term, only a carried word, a join and words that may stand between, and the clause right
     * before it is negated. A clause with a word of its own ("судорог нет, но он тоже не дышит",
     * "боли нет, а он тоже синеет") says its own thing and keeps its own reading.
     */
    private boolean carriedOver(Reading reading, int start, int end) {
        boolean carriedWord = false;
        for (int i = end + 1; i < reading.size() && !reading.breakBefore(i); i++) {
            if (carried.contains(reading.token(i))) {
                carriedWord = true;
            } else if (!reading.is(i, Reading.THROUGH)) {
                return false;
            }
        }
        int opens = start;
        for (; opens > 0 && !reading.breakBefore(opens); opens--) {
            String word = reading.token(opens - 1);
            if (carried.contains(word)) {
                carriedWord = true;
            } else if (!joins.contains(word) && !reading.is(opens - 1, Reading.THROUGH)) {
                return false;
            }
        }
        // a question before it ("судороги? боли тоже") negates nothing to carry
        if (!carriedWord || opens == 0 || reading.questionBefore(opens)) {
            return false;
        }
        for (int i = opens - 1; i >= 0; i--) {
            if (reading.is(i, Reading.AFTER) || reading.is(i, Reading.NEGATOR) && negatorCounts(reading, i)) {
                return true;
            }
            if (reading.breakBefore(i)) {
                return false;
            }
        }
        return false;
    }

    boolean isNegator(String token) {
        return before.contains(token);
    }

    /** The negation roles of each word ({@link Reading#NEGATOR}...), worked out once per message. */
    /** The words that play a part in negation, for the vocabulary: word → its roles. */
    Map<String, Byte> wordRoles() {
        return roleOf;
    }

    /** The "after" sequences, grouped by first word in the order given: for the build's snapshot. */
    List<String[]> afterSequences() {
        List<String[]> all = new ArrayList<>();
        afterByFirst.values().forEach(all::addAll);
        return all;
    }

    /** The concessive sequences, grouped by last word in the order given: for the build's snapshot. */
    List<String[]> concessiveSequences() {
        List<String[]> all = new ArrayList<>();
        concessiveByLast.values().forEach(all::addAll);
        return all;
    }

    /** A word's roles without the words around it ({@link Reading#AFTER} needs them: see {@link #settle}). */
    byte role(String token) {
        return roleOf.getOrDefault(token, (byte) 0);
    }

    /** Completes the roles of a message's words: marks where an "after" negation really starts. */
    byte[] settle(List<String> tokens, byte[] gaps, byte[] roles) {
        for (int i = 0; i < roles.length; i++) {
            if ((roles[i] & Reading.AFTER_FIRST) == 0) {
                continue;
            }
            for (String[] sequence : afterByFirst.get(tokens.get(i))) {
                if (startsAt(tokens, gaps, i, sequence)) {
                    roles[i] |= Reading.AFTER;
                    break;
                }
            }
        }
        return roles;
    }

    private boolean negatedBefore(Reading reading, int start) {
        for (int i = start - 1, through = 0; i >= 0 && !reading.breakBefore(i + 1); i--) {
            if (reading.is(i, Reading.NEGATOR)) {
                return negatorCounts(reading, i);
            }
            if (!reading.is(i, Reading.THROUGH) || ++through > MAX_THROUGH) {
                return false;
            }
        }
        return false;
    }

    private static boolean negatedAfter(Reading reading, int end) {
        int through = 0;
        for (int i = end + 1; i < reading.size(); i++) {
            // "Судороги? Нет." answers its own question; any other break ends the reach.
            if (reading.breakBefore(i) && !(i == end + 1 && reading.questionBefore(i))) {
                return false;
            }
            if (reading.is(i, Reading.AFTER)) {
                return true;
            }
            if (!reading.is(i, Reading.THROUGH) || ++through > MAX_THROUGH) {
                return false;
            }
        }
        return false;
    }

    /**
     * Does the negation word at {@code at} deny anything? Not after an "almost" ("чуть не уснул") and not
     * as the end of a concessive ("сколько ни тормошим").
     */
    private boolean negatorCounts(Reading reading, int at) {
        return (at == 0 || reading.breakBefore(at) || !reading.is(at - 1, Reading.ALMOST))
                && !concessiveEndsAt(reading, at);
    }

    /** True when a concessive sequence ("сколько ни") ends with the negation word at {@code at}. */
    private boolean concessiveEndsAt(Reading reading, int at) {
        List<String[]> sequences = concessiveByLast.get(reading.token(at));
        if (sequences == null) {
            return false;
        }
        for (String[] sequence : sequences) {
            int first = at - sequence.length + 1;
            boolean matches = first >= 0;
            for (int k = 0; matches && k < sequence.length; k++) {
                matches = reading.token(first + k).equals(sequence[k]) && (k == 0 || !reading.breakBefore(first + k));
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(List<String> tokens, byte[] gaps, int at, String[] sequence) {
        if (at + sequence.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < sequence.length; k++) {
            if (!tokens.get(at + k).equals(sequence[k]) || k > 0 && gaps[at + k] != Reading.SPACE) {
                return false;
            }
        }
        return true;
    }
}
