package ru.sleepbot.nlu;

import java.util.List;
import java.util.Objects;

/**
 * A user's message as it is read once per update and passed along: the raw text, its normalized
 * form ({@link TextNormalizer}), the tokens of that form and the Snowball stem of each token.
 * Triage, follow-up rules, flows and the classifier all read this one value, so a message is
 * normalized and stemmed once, not once per reader.
 */
public record Utterance(String raw, String normalized, List<String> tokens, List<String> stems) {

    public Utterance {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(normalized, "normalized");
        tokens = List.copyOf(tokens);
        stems = List.copyOf(stems);
        if (tokens.size() != stems.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + stems.size() + " stems");
        }
    }

    /** True when the message has no word at all (only emoji, punctuation or spaces). */
    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    public int size() {
        return tokens.size();
    }

    public String token(int i) {
        return tokens.get(i);
    }

    public String stem(int i) {
        return stems.get(i);
    }
}
