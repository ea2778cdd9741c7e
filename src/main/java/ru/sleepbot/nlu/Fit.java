package ru.sleepbot.nlu;

import java.util.Objects;

/**
 * What the calibration rows of an evaluation file suggest for one learner: the Platt scaling of
 * its confidences and, on the calibrated confidences, the abstain threshold and clarify margin.
 */
public record Fit(Calibration calibration, Thresholds thresholds, int messages) {

    public Fit {
        Objects.requireNonNull(calibration, "calibration");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    UnderstandingPolicy policy() {
        return new UnderstandingPolicy(thresholds.minConfidence(), thresholds.clarifyMargin());
    }
}
