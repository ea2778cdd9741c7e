package ru.sleepbot.nlu;

import java.util.Objects;

/**
 * One learner's result: how long it trained, its scores under the policy it is judged by (the
 * configured one for the bot's own learner, its own fit for a peer), and, when the file has
 * calibration rows, that fit and the scores under it.
 */
public record LearnerScore(String learner, long trainMillis, Scores scores, Fit fit, Scores fitted) {

    public LearnerScore {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(scores, "scores");
    }
}
