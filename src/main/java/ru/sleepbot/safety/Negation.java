package ru.sleepbot.safety;

import java.util.Set;

/**
 * The words that cancel a term of a {@link PhrasePattern}, so that "судорог не было" does not
 * raise a warning: a term does not count when one of the two words {@code before} it, or the one
 * word {@code after} it, is in these sets. The words are content (intents/lexicon/negation.yaml),
 * given normalized.
 */
public record Negation(Set<String> before, Set<String> after) {

    public Negation {
        before = Set.copyOf(before);
        after = Set.copyOf(after);
        if (before.isEmpty() || after.isEmpty()) {
            // Without negations every "не было судорог" would be a warning sign.
            throw new IllegalArgumentException("negation words missing");
        }
    }
}
