package ru.sleepbot.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * An abstain threshold and a clarify margin, chosen on calibrated confidences.
 *
 * <p>The threshold is the one with the best accuracy (by taxonomy id, an abstention counting as
 * out_of_scope) among those that let at most {@link #MAX_FALSE_ACCEPT} of the out_of_scope
 * messages through (the best accuracy overall when none does); when several tie, the middle one,
 * so that it does not sit on the edge of the messages seen. The margin is the one under which
 * asking "X or Y?" gains most: +1 for each accepted wrong answer whose runner-up was right, -0.5
 * for each right answer asked about (a needless question costs the user a tap, a wrong answer more).
 */
public record Thresholds(double minConfidence, double clarifyMargin) {

    /** The share of off-topic messages the bot may answer as if they were about sleep. */
    static final double MAX_FALSE_ACCEPT = 0.08;
    private static final double CLARIFY_COST = 0.5;

    static Thresholds choose(List<Prediction> calibrated) {
        List<Double> tied = new ArrayList<>();
        double bestAccuracy = -1;
        boolean bestWithin = false;
        for (int step = 0; step <= 95; step++) {
            double threshold = step / 100.0;
            Scores scores = Scores.of(calibrated, new UnderstandingPolicy(threshold, 0));
            boolean within = scores.outOfScopeFalseAccept() <= MAX_FALSE_ACCEPT + 1e-12;
            double accuracy = scores.parentAccuracy();
            if (within && !bestWithin || within == bestWithin && accuracy > bestAccuracy + 1e-12) {
                tied.clear();
                bestAccuracy = accuracy;
                bestWithin = within;
            }
            if (within == bestWithin && Math.abs(accuracy - bestAccuracy) <= 1e-12) {
                tied.add(threshold);
            }
        }
        double threshold = tied.get(tied.size() / 2);
        return new Thresholds(threshold, margin(calibrated, threshold));
    }

    private static double margin(List<Prediction> calibrated, double threshold) {
        UnderstandingPolicy policy = new UnderstandingPolicy(threshold, 0);
        double bestMargin = 0;
        double bestGain = 0;
        for (int step = 1; step <= 50; step++) {
            double margin = step / 100.0;
            double gain = 0;
            for (Prediction p : calibrated) {
                Classification decided = policy.decide(p.raw());
                if (decided.outOfScope() || Classification.OUT_OF_SCOPE.equals(decided.runnerUp())
                        || decided.margin() >= margin) {
                    continue;
                }
                if (decided.intent().equals(p.truth())) {
                    gain -= CLARIFY_COST;
                } else if (decided.runnerUp().equals(p.truth())) {
                    gain += 1;
                }
            }
            if (gain > bestGain + 1e-12) {
                bestGain = gain;
                bestMargin = margin;
            }
        }
        return bestMargin;
    }
}
