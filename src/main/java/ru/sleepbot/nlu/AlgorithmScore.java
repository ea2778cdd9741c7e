package ru.sleepbot.nlu;

/**
 * One learner's result in the side-by-side comparison: its scores at the configured threshold,
 * the threshold that would suit it best and its accuracy there, and the mean training time.
 */
public record AlgorithmScore(String options, double accuracy, double macroF1, double outOfScopeFalseAccept,
                             double inScopeFalseReject, double ownBestThreshold, double accuracyAtOwnBest,
                             long trainMillis) {
}
