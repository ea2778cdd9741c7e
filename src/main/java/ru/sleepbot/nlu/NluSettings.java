package ru.sleepbot.nlu;

import java.util.Objects;

/**
 * The few numbers that decide what the bot does with the classifier's output, in one place:
 * the calibration of its confidences, and the two thresholds read on the calibrated confidence.
 *
 * <p>{@code minConfidence}: a message whose best intent is less probable is treated as
 * out_of_scope. {@code clarifyMargin}: when the best intent is ahead of the runner-up by less than
 * this, the dialog asks "вы про X или про Y?" instead of answering. All three come from
 * {@code eval --data src/test/resources/nlu/dev-real.tsv} (see {@link Thresholds} for the rules):
 * calibration fitted on the file's calib rows, thresholds chosen on those rows' calibrated
 * confidences. Figures of the last fit are in the README. The thresholds are overridable by the
 * environment (NLU_MIN_CONFIDENCE, NLU_CLARIFY_MARGIN).
 */
public record NluSettings(double minConfidence, double clarifyMargin, Calibration calibration) {

    public static final double DEFAULT_MIN_CONFIDENCE = 0.11;
    public static final double DEFAULT_CLARIFY_MARGIN = 0.11;
    public static final Calibration DEFAULT_CALIBRATION = Calibration.IDENTITY;

    public static final NluSettings DEFAULTS =
            new NluSettings(DEFAULT_MIN_CONFIDENCE, DEFAULT_CLARIFY_MARGIN, DEFAULT_CALIBRATION);

    public NluSettings {
        Objects.requireNonNull(calibration, "calibration");
        if (!(minConfidence >= 0 && minConfidence < 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1): " + minConfidence);
        }
        if (!(clarifyMargin >= 0 && clarifyMargin <= 1)) {
            throw new IllegalArgumentException("clarifyMargin must be in [0, 1]: " + clarifyMargin);
        }
    }

    /** The thresholds the dialog acts on. */
    public UnderstandingPolicy policy() {
        return new UnderstandingPolicy(minConfidence, clarifyMargin);
    }

    public NluSettings withMinConfidence(double value) {
        return new NluSettings(value, clarifyMargin, calibration);
    }

    public NluSettings withClarifyMargin(double value) {
        return new NluSettings(minConfidence, value, calibration);
    }

    public NluSettings withCalibration(Calibration value) {
        return new NluSettings(minConfidence, clarifyMargin, value);
    }
}
