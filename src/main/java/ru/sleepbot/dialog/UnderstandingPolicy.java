package ru.sleepbot.dialog;

/**
 * When the dialog trusts the classifier: below {@code minConfidence} a message counts as
 * unclear (fallback); when the best two topics are closer than {@code clarifyMargin} the bot asks
 * which one was meant.
 *
 * <p>The figures live here and nowhere else. {@link #DEFAULT} is a provisional choice until the
 * NLU side has measured its classifier with {@code eval}; then only this constant changes.
 */
record UnderstandingPolicy(double minConfidence, double clarifyMargin) {

    static final UnderstandingPolicy DEFAULT = new UnderstandingPolicy(0.30, 0.10);

    UnderstandingPolicy {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("min confidence must be within 0..1: " + minConfidence);
        }
        if (clarifyMargin < 0 || clarifyMargin > 1) {
            throw new IllegalArgumentException("clarify margin must be within 0..1: " + clarifyMargin);
        }
    }
}
