package ru.sleepbot.nlu;

import java.util.Objects;

/**
 * The model's raw opinion of a message before any threshold: the two most probable taxonomy
 * intents (probabilities of finer intents summed into their parent) and the finer intent behind
 * the best one.
 */
record Ranking(String best, double bestConfidence, String runnerUp, double runnerUpConfidence, String fineIntent) {

    /** What a message without a single word gets. */
    static final Ranking NOTHING = new Ranking(Classification.OUT_OF_SCOPE, 1.0, Classification.OUT_OF_SCOPE, 0.0,
            Classification.OUT_OF_SCOPE);

    Ranking {
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(runnerUp, "runnerUp");
        Objects.requireNonNull(fineIntent, "fineIntent");
    }

    /**
     * The decision the bot acts on: out_of_scope when the model says so or when its best intent
     * is less probable than {@code minConfidence}; then the best in-scope guess becomes the
     * runner-up and the confidence is the probability left over for "none of these".
     */
    Classification decide(double minConfidence) {
        if (Classification.OUT_OF_SCOPE.equals(best)) {
            return new Classification(best, bestConfidence, runnerUp, runnerUpConfidence, best);
        }
        if (bestConfidence < minConfidence) {
            return new Classification(Classification.OUT_OF_SCOPE, 1 - bestConfidence, best, bestConfidence,
                    Classification.OUT_OF_SCOPE);
        }
        return new Classification(best, bestConfidence, runnerUp, runnerUpConfidence, fineIntent);
    }
}
