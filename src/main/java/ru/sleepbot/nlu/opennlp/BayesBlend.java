package ru.sleepbot.nlu.opennlp;

import java.util.List;
import java.util.Objects;

/**
 * A naive Bayes model over the same weighted features, blended into the maxent's probabilities
 * as a product of experts: {@code p(i) ∝ maxent(i)^(1-w) · bayes(i)^w}. The two err differently:
 * naive Bayes counts each word for its topic however rare it is, where the regularized maxent
 * shrinks a word seen in two or three examples towards nothing; a message whose one telling word
 * ("хаюшки", "беруши") is rare is saved by it, and a small weight keeps naive Bayes's
 * overconfidence out of the answer (it is about 0.82 alone; why 0.05 is in
 * {@link TrainingOptions#best()}). A geometric blend, not an average: naive Bayes says 0.999 for
 * almost everything, which an average would pass on. Naive Bayes is evaluated from a
 * {@link BayesTable} (the same numbers as OpenNLP's own, some 50 times cheaper). Immutable.
 */
final class BayesBlend {

    /** Probabilities are floored here before the logarithm: naive Bayes gives exact zeros. */
    private static final double FLOOR = 1e-12;

    private static final double LOG_FLOOR = Math.log(FLOOR);

    private final BayesTable table;
    private final double weight;
    /** Per outcome of the maxent: the index of the same outcome in {@link #table}. */
    private final int[] bayesIndex;

    BayesBlend(String[] maxentOutcomes, BayesTable table, double weight) {
        this.table = Objects.requireNonNull(table, "table");
        if (!(weight > 0 && weight < 1)) {
            throw new IllegalArgumentException("the naive Bayes weight must be within (0, 1): " + weight);
        }
        this.weight = weight;
        List<String> bayesOutcomes = List.of(table.outcomes());
        this.bayesIndex = new int[maxentOutcomes.length];
        for (int i = 0; i < bayesIndex.length; i++) {
            bayesIndex[i] = bayesOutcomes.indexOf(maxentOutcomes[i]);
            if (bayesIndex[i] < 0) {
                throw new IllegalArgumentException("the naive Bayes model lacks the intent " + maxentOutcomes[i]);
            }
        }
    }

    BayesTable table() {
        return table;
    }

    double weight() {
        return weight;
    }

    /** The blended probabilities of the first {@code count} features, in the maxent's order; {@code maxent} is overwritten. */
    double[] blend(double[] maxent, int[] ids, float[] values, int count) {
        return blend(maxent, table.logProbabilities(ids, values, count));
    }

    /**
     * The blend of the maxent's probabilities with naive Bayes's log probabilities (in the table's
     * outcome order), in the maxent's order; {@code maxent} is overwritten.
     */
    double[] blend(double[] maxent, double[] bayesLog) {
        double[] log = new double[maxent.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < maxent.length; i++) {
            log[i] = (1 - weight) * Math.log(Math.max(FLOOR, maxent[i]))
                    + weight * Math.max(LOG_FLOOR, bayesLog[bayesIndex[i]]);
            max = Math.max(max, log[i]);
        }
        double sum = 0;
        for (int i = 0; i < maxent.length; i++) {
            maxent[i] = Math.exp(log[i] - max);
            sum += maxent[i];
        }
        for (int i = 0; i < maxent.length; i++) {
            maxent[i] /= sum;
        }
        return maxent;
    }
}
