package ru.sleepbot.nlu;

import java.util.Objects;

/**
 * The few numbers that decide what the bot does with the classifier's output, in one place:
 * the calibration of its confidences, and the two thresholds read on the calibrated confidence.
 *
 * <p>{@code minConfidence}: a message whose best intent is less probable is treated as
 * out_of_scope. {@code clarifyMargin}: when the best intent is ahead of the runner-up by less than
 * this, the dialog asks "вы про X или про Y?" instead of answering. How they were set, with
 * {@code eval --data src/test/resources/nlu/dev-real.tsv} (2026-12-07, the model of
 * {@code TrainingOptions.best()} on 5010 examples):
 * <ul>
 * <li>calibration: Platt scaling fitted on the file's 252 calib rows (slope 0.897, intercept
 *     0.965: the regularized model is underconfident, and this lifts its confidences); on the
 *     500 test rows the expected calibration error falls from 0.055 to 0.016;</li>
 * <li>minConfidence 0.55: on the calibrated calib rows, the threshold with the best accuracy
 *     among those letting at most 8 % of the off-topic messages through (see {@link Thresholds});</li>
 * <li>clarifyMargin 0.10: by judgment, not by the rule. On calibrated scores asking "X or Y?"
 *     is nearly neutral at any margin up to 0.10 (it asks 1-2 % of answers; the gain, +1 per
 *     wrong answer whose runner-up was right, -0.5 per needless question, is -1.0 on the calib
 *     rows and -0.5 on the test rows), so {@code eval} suggests 0; the bot still needs the
 *     question for messages that name two topics at once ("миоклонус или эпилепсия это опасно").</li>
 * </ul>
 * Re-checked 2026-12-07 for the model of L2 0.3 (5254 examples): under these values the 517 test
 * rows score parent accuracy 0.952, off-topic false accept 2.6 % and an expected calibration error
 * of 0.013. Refitting on the 266 calib rows gives slope 1.128, intercept 0.018 and a threshold of
 * 0.12, which hardly abstains at all: 266 rows, 40 of them off-topic, are too few to move the
 * threshold that far on, so the values stay.
 * Re-checked 2026-12-07 for the model with naive Bayes blended in (5293 examples): the 517 test
 * rows score parent accuracy 0.959, off-topic false accept 5.3 % (2 of 38) and an expected
 * calibration error of 0.017 under these values. Fitted instead on the 5293 out-of-fold predictions
 * of {@code eval --cv 10} by the same rules: slope 0.803, intercept 0.473, minConfidence 0.61,
 * clarifyMargin 0.25, which lowers cross-validated parent accuracy from 0.907 to 0.895 (off-topic
 * false accept 10.8 % to 7.7 %). The threshold hardly decides anything here: on the out-of-fold
 * predictions of {@code eval --cv 5}, no threshold at all scores 0.1 point above 0.55; the
 * messages the bot calls out_of_scope wrongly are almost all ones the model itself puts there. The
 * off-topic examples of {@code intents/} are the hard ones written next to sleep ("кошка храпит",
 * "кашель по ночам"), so the 8 % limit is kept where real users' off-topic messages are (the dev
 * set: 5.3 %), and the values stay.
 * Re-checked 2026-12-08 with 38 more conversation examples (and with edge features of the whole
 * message, since reverted: they moved nothing on the dev set): the 517 test rows score parent
 * accuracy 0.961, off-topic false accept 2.6-3.9 % and an expected calibration error of 0.016-0.017
 * under these values; refitted on the 266 calib rows (slope 1.033, intercept 0.207,
 * minConfidence 0.32, clarifyMargin 0.15) they score the same accuracy and false accept (ECE 0.012),
 * so the values stay, for the reasons above.
 * The thresholds are overridable by the environment (NLU_MIN_CONFIDENCE, NLU_CLARIFY_MARGIN).
 */
public record NluSettings(double minConfidence, double clarifyMargin, Calibration calibration) {

    public static final double DEFAULT_MIN_CONFIDENCE = 0.55;
    public static final double DEFAULT_CLARIFY_MARGIN = 0.10;
    public static final Calibration DEFAULT_CALIBRATION = new Calibration(0.897, 0.965);

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
