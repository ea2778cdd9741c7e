package ru.sleepbot.nlu;

/** Tells which intent of the taxonomy a message is about. Thread-safe. */
public interface IntentClassifier {

    /** Never throws for any text, including empty or very long text. */
    Classification classify(String text);

    /**
     * When the best intent leads the runner-up by less than this, the two are too close to pick
     * one: the dialog should ask which of them the user means. See {@link NluSettings}.
     */
    default double clarifyMargin() {
        return NluSettings.DEFAULT_CLARIFY_MARGIN;
    }

    /** True when the dialog should ask "X or Y?" rather than answer the best intent. */
    default boolean needsClarification(Classification classification) {
        return !classification.outOfScope()
                && !Classification.OUT_OF_SCOPE.equals(classification.runnerUp())
                && classification.margin() < clarifyMargin();
    }
}
