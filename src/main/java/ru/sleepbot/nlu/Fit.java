package ru.sleepbot.nlu;

import java.util.Objects;

/**
 * What labelled predictions suggest for one learner: the Platt scaling of its confidences and, on
 * the calibrated confidences, the abstain threshold and clarify margin. {@code source} says which
 * predictions ("calib rows" of an evaluation file, or "out-of-fold predictions" of cross-validation).
 */
public record Fit(Calibration calibration, Thresholds thresholds, int messages, String source) {

    /** The source of a fit on an evaluation file's calib rows. */
    public static final String CALIB_ROWS = "calib rows";
    /** The source of a fit on cross-validation's out-of-fold predictions. */
    public static final String OUT_OF_FOLD = "out-of-fold predictions";

    public Fit {
        Objects.requireNonNull(calibration, "calibration");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(source, "source");
    }

    UnderstandingPolicy policy() {
        return new UnderstandingPolicy(thresholds.minConfidence(), thresholds.clarifyMargin());
    }
}
