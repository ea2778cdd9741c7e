package ru.sleepbot.content;

import java.util.Objects;

/**
 * One training phrase: the text, the intent it belongs to and that intent's taxonomy id.
 * For a taxonomy intent {@code intent} and {@code taxonomyId} are the same.
 */
public record IntentExample(String intent, String taxonomyId, String text) {

    public IntentExample {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(taxonomyId, "taxonomyId");
        Objects.requireNonNull(text, "text");
    }
}
