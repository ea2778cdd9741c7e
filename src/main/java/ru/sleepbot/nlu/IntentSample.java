package ru.sleepbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.sleepbot.content.KnowledgeBase;

/**
 * One labelled message, the unit every learner trains on and every evaluation scores: the text,
 * the intent it is about (a taxonomy id or a finer one) and that intent's taxonomy id, its parent.
 * For a taxonomy intent {@code intent} and {@code parent} are the same.
 */
public record IntentSample(String intent, String parent, String text) {

    public IntentSample {
        Objects.requireNonNull(text, "text");
        if (intent == null || intent.isBlank() || parent == null || parent.isBlank()) {
            throw new IllegalArgumentException("a sample needs an intent and a parent: " + intent + "/" + parent);
        }
    }

    /** The training phrases of the content, in the content's order (so the same content trains the same model). */
    public static List<IntentSample> of(KnowledgeBase knowledge) {
        List<IntentSample> samples = new ArrayList<>();
        knowledge.examples().forEach(e -> samples.add(new IntentSample(e.intent(), e.taxonomyId(), e.text())));
        return List.copyOf(samples);
    }
}
