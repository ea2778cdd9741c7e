package ru.sleepbot.nlu;

import java.util.Objects;

/**
 * What the classifier made of a message: the best taxonomy intent with its probability, and the
 * runner-up. {@code fineIntent} is the finer intent behind {@code intent} when content defines one
 * (otherwise equal to {@code intent}).
 */
public record Classification(String intent, double confidence, String runnerUp, double runnerUpConfidence,
                             String fineIntent) {

    public static final String OUT_OF_SCOPE = "out_of_scope";

    public Classification {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(runnerUp, "runnerUp");
        fineIntent = fineIntent == null ? intent : fineIntent;
    }

    public boolean outOfScope() {
        return OUT_OF_SCOPE.equals(intent);
    }

    /** How far the best intent is ahead of the runner-up. */
    public double margin() {
        return confidence - runnerUpConfidence;
    }
}
