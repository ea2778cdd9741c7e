package ru.sleepbot.nlu;

/**
 * When the bot trusts the classifier, in one place for production and for the transcript tests:
 * below {@code minConfidence} a message counts as out of scope; when the best two in-scope intents
 * are closer than {@code clarifyMargin}, the dialog asks which one was meant. The values come from
 * {@link NluSettings} (chosen by {@code eval}).
 */
public record UnderstandingPolicy(double minConfidence, double clarifyMargin) {

    public UnderstandingPolicy {
        if (!(minConfidence >= 0 && minConfidence < 1)) {
            throw new IllegalArgumentException("min confidence must be within [0, 1): " + minConfidence);
        }
        if (!(clarifyMargin >= 0 && clarifyMargin <= 1)) {
            throw new IllegalArgumentException("clarify margin must be within [0, 1]: " + clarifyMargin);
        }
    }

    /**
     * The decision the bot acts on: out_of_scope when the model says so or when its best intent is
     * less probable than {@code minConfidence}; then the best in-scope guess becomes the runner-up
     * and the confidence is the probability left over for "none of these".
     */
    public Classification decide(Classification raw) {
        if (raw.outOfScope() || raw.confidence() >= minConfidence) {
            return raw;
        }
        return new Classification(Classification.OUT_OF_SCOPE, 1 - raw.confidence(), raw.intent(), raw.confidence(),
                Classification.OUT_OF_SCOPE);
    }

    /** True when a decided in-scope answer is too close to its in-scope runner-up to pick one. */
    public boolean unsure(Classification decided) {
        return !decided.outOfScope()
                && !Classification.OUT_OF_SCOPE.equals(decided.runnerUp())
                && decided.margin() < clarifyMargin;
    }
}
