package ru.sleepbot.nlu.opennlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's naive Bayes model evaluated from numbers computed once. OpenNLP's own
 * {@code NaiveBayesModel.eval} builds a map of log probabilities and takes a logarithm for every
 * feature and every intent on each call (about 230 µs per message here); this adds precomputed
 * numbers for the intents a feature was seen with and a constant per intent for the rest.
 *
 * <p>What OpenNLP computes: for each known feature with value {@code v}, and each intent {@code i}
 * up to the highest-numbered intent the feature was seen with (OpenNLP's loop stops there),
 * {@code log((count(f, i) · v + δ) / (total(i) + δ · vocabulary))} with Lidstone {@code δ = 0.05};
 * then the prior {@code log(total(i) / Σ total)}. This gives the same for every feature of value 1
 * (a message of one sentence, the main sentence of a post). A feature of a sentence weighed below 1
 * adds {@code v · log((count + δ) / δ)} over the unseen term where OpenNLP adds
 * {@code log((count · v + δ) / δ)}: its weight scales its evidence linearly, as in the maxent, and
 * no logarithm is taken per call (a long post has thousands of such pairs; with a logarithm each,
 * {@code bench nlu} stayed at p99 4.4 ms). Immutable and thread-safe.
 */
final class BayesTable {

    /** OpenNLP's Lidstone smoothing constant ({@code NaiveBayesModel.getSmoothedProbability}). */
    private static final double DELTA = 0.05;
    private static final double LOG_DELTA = Math.log(DELTA);

    /** Per feature: the intents it was seen with and what it adds to them at value 1. */
    private record Row(int[] outcomes, double[] atOne) {
    }

    private final Map<String, Row> rows;
    /** Per intent: {@code log δ - log(total + δ · vocabulary)}, what an unseen pairing adds. */
    private final double[] unseen;
    private final double[] logPrior;

    @SuppressWarnings("unchecked")
    BayesTable(MaxentModel bayes) {
        Object[] data = ((AbstractModel) Objects.requireNonNull(bayes, "bayes")).getDataStructures();
        Context[] params = (Context[]) data[0];
        Map<String, Row> built = new HashMap<>();
        ((Map<String, Context>) data[1]).forEach((name, context) -> {
            double[] atOne = new double[context.getOutcomes().length];
            for (int j = 0; j < atOne.length; j++) {
                atOne[j] = Math.log(context.getParameters()[j] + DELTA) - LOG_DELTA;
            }
            built.put(name, new Row(context.getOutcomes(), atOne));
        });
        this.rows = Map.copyOf(built);
        int outcomes = bayes.getNumOutcomes();
        double[] totals = new double[outcomes];
        for (Context context : params) {
            for (int j = 0; j < context.getOutcomes().length; j++) {
                totals[context.getOutcomes()[j]] += context.getParameters()[j];
            }
        }
        double sum = 0;
        for (double total : totals) {
            sum += total;
        }
        double vocabulary = params.length;
        this.unseen = new double[outcomes];
        this.logPrior = new double[outcomes];
        for (int i = 0; i < outcomes; i++) {
            unseen[i] = LOG_DELTA - Math.log(totals[i] + DELTA * vocabulary);
            logPrior[i] = Math.log(totals[i] / sum);
        }
    }

    int outcomes() {
        return unseen.length;
    }

    /**
     * The log probability of each intent (in the naive Bayes model's outcome order), normalized:
     * {@code exp} of the result sums to 1. {@code values} null means every feature counts 1.
     */
    double[] logProbabilities(String[] names, float[] values) {
        int outcomes = unseen.length;
        double[] score = new double[outcomes];
        // reach[i]: how many features stop at intent i; every intent up to there gets "unseen".
        int[] reach = new int[outcomes];
        for (int f = 0; f < names.length; f++) {
            Row row = rows.get(names[f]);
            if (row == null || row.outcomes().length == 0) {
                continue;
            }
            int[] seen = row.outcomes();
            reach[seen[seen.length - 1]]++;
            // Each adds the seen term in place of the "unseen" one this intent gets below, scaled
            // by the feature's value as the maxent scales its weights (see the class comment).
            double value = values == null ? 1 : values[f];
            double[] atOne = row.atOne();
            for (int j = 0; j < seen.length; j++) {
                score[seen[j]] += value * atOne[j];
            }
        }
        int reaching = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = outcomes - 1; i >= 0; i--) {
            reaching += reach[i];
            score[i] += reaching * unseen[i] + logPrior[i];
            max = Math.max(max, score[i]);
        }
        double sum = 0;
        for (int i = 0; i < outcomes; i++) {
            sum += Math.exp(score[i] - max);
        }
        double log = max + Math.log(sum);
        for (int i = 0; i < outcomes; i++) {
            score[i] -= log;
        }
        return score;
    }
}
