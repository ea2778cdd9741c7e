package ru.sleepbot.nlu;

import java.util.Objects;

/**
 * The few numbers that decide what the bot does with the model's output, in one place.
 *
 * <p>{@code minConfidence}: a message whose best intent has a lower probability is treated as
 * out_of_scope. {@code clarifyMargin}: when the best intent is ahead of the runner-up by less than
 * this, the dialog asks "вы про X или про Y?" instead of answering. Both defaults were chosen by
 * {@code eval --cv 10} (see {@link IntentEvaluator#chooseThresholds}): the threshold with the best
 * cross-validated accuracy whose out_of_scope false-accept rate is at most 5 % and in-scope
 * false-reject rate at most 3 %, and the margin that best trades wrong answers turned into a
 * question (runner-up right) against right answers needlessly questioned (weighted one half).
 * Figures for the default learner (L-BFGS maxent, 2131 examples, 2026-11-26): no threshold keeps
 * both rates within their limits; accuracy is the same (0.791, out_of_scope false accept 5.9 %,
 * in-scope false reject 6.9 %) for every threshold from 0.00 to about 0.15, because the
 * out_of_scope class, not the threshold, does the rejecting, and falls beyond (0.797 to 0.781 from
 * 0.25 to 0.40 for the cutoff-0 model), so the middle of the plateau, 0.08, is taken. GIS maxent's
 * own best threshold is 0.10 (its probabilities are flatter). The margin of 0.29 turns 12 %
 * of in-scope answers into a question. Overridable by the environment
 * (NLU_MIN_CONFIDENCE, NLU_CLARIFY_MARGIN).
 */
public record NluSettings(double minConfidence, double clarifyMargin, TrainingOptions training) {

    public static final double DEFAULT_MIN_CONFIDENCE = 0.08;
    public static final double DEFAULT_CLARIFY_MARGIN = 0.29;

    public static final NluSettings DEFAULTS =
            new NluSettings(DEFAULT_MIN_CONFIDENCE, DEFAULT_CLARIFY_MARGIN, TrainingOptions.best());

    public NluSettings {
        Objects.requireNonNull(training, "training");
        if (!(minConfidence >= 0 && minConfidence < 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1): " + minConfidence);
        }
        if (!(clarifyMargin >= 0 && clarifyMargin <= 1)) {
            throw new IllegalArgumentException("clarifyMargin must be in [0, 1]: " + clarifyMargin);
        }
    }

    public NluSettings withMinConfidence(double value) {
        return new NluSettings(value, clarifyMargin, training);
    }

    public NluSettings withClarifyMargin(double value) {
        return new NluSettings(minConfidence, value, training);
    }

    public NluSettings withTraining(TrainingOptions value) {
        return new NluSettings(minConfidence, clarifyMargin, value);
    }
}
