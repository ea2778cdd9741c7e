package ru.sleepbot.nlu.opennlp;

import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's naive Bayes model evaluated from numbers computed once, per feature id of a
 * {@link FeatureIndex}. OpenNLP's own {@code NaiveBayesModel.eval} builds a map of log
 * probabilities and takes a logarithm for every feature and every intent on each call (about
 * 230 µs per message here); this adds precomputed numbers for the intents a feature was seen with
 * and a constant per intent for the rest.
 *
 * <p>What OpenNLP computes: for each known feature with value {@code v}, and each intent {@code i}
 * up to the highest-numbered intent the feature was seen with (OpenNLP's loop stops there),
 * {@code log((count(f, i) · v + δ) / (total(i) + δ · vocabulary))} with Lidstone {@code δ = 0.05};
 * then the prior {@code log(total(i) / Σ total)}. This gives the same for every feature of value 1
 * (a message of one sentence, the main sentence of a post). A feature of a sentence weighed below 1
 * adds {@code v · log((count + δ) / δ)} over the unseen term where OpenNLP adds
 * {@code log((count · v + δ) / δ)}: its weight scales its evidence linearly, as in the maxent, and
 * no logarithm is taken per call (a long post has thousands of such pairs; with a logarithm each,
 * {@code bench nlu} stayed at p99 4.4 ms).
 *
 * <p>OpenNLP keeps a count for every feature and every intent, mostly zeros (1.4 million cells for
 * 34 000 features and 42 intents, 2026-12-07); a zero count adds exactly 0 over the unseen term,
 * so only the others are kept (the same sums, a tenth of the memory and of the model file).
 * Immutable and thread-safe.
 */
final class BayesTable {

    /** OpenNLP's Lidstone smoothing constant ({@code NaiveBayesModel.getSmoothedProbability}). */
    private static final double DELTA = 0.05;
    private static final double LOG_DELTA = Math.log(DELTA);

    private final String[] outcomes;
    /** Per feature id: the highest intent OpenNLP's loop reaches for it; -1 when the model lacks it. */
    private final int[] reach;
    /** Per feature id: where its counted intents start in {@link #outcome} and {@link #atOne}; one more at the end. */
    private final int[] start;
    private final int[] outcome;
    /** What the feature adds to the intent at value 1, over the unseen term: {@code log((count + δ) / δ)}. */
    private final double[] atOne;
    /** Per intent: {@code log δ - log(total + δ · vocabulary)}, what an unseen pairing adds. */
    private final double[] unseen;
    private final double[] logPrior;

    BayesTable(String[] outcomes, int[] reach, int[] start, int[] outcome, double[] atOne, double[] unseen,
               double[] logPrior) {
        this.outcomes = outcomes.clone();
        this.reach = Objects.requireNonNull(reach, "reach");
        this.start = Objects.requireNonNull(start, "start");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.atOne = Objects.requireNonNull(atOne, "atOne");
        this.unseen = Objects.requireNonNull(unseen, "unseen");
        this.logPrior = Objects.requireNonNull(logPrior, "logPrior");
        if (unseen.length != outcomes.length || logPrior.length != outcomes.length || outcome.length != atOne.length
                || start.length != reach.length + 1 || start[reach.length] != outcome.length) {
            throw new IllegalArgumentException("the naive Bayes table's arrays do not match");
        }
        for (int i = 0; i < reach.length; i++) {
            if (reach[i] >= outcomes.length) {
                throw new IllegalArgumentException("no intent numbered " + reach[i]);
            }
        }
        for (int o : outcome) {
            if (o < 0 || o >= outcomes.length) {
                throw new IllegalArgumentException("no intent numbered " + o);
            }
        }
    }

    /** The table of OpenNLP's naive Bayes model, by the ids of {@code index}. */
    @SuppressWarnings("unchecked")
    static BayesTable of(MaxentModel bayes, FeatureIndex index) {
        Object[] data = ((AbstractModel) Objects.requireNonNull(bayes, "bayes")).getDataStructures();
        Context[] params = (Context[]) data[0];
        Map<String, Context> rows = (Map<String, Context>) data[1];
        int[] reach = new int[index.size()];
        int[] start = new int[index.size() + 1];
        int cells = 0;
        for (int id = 0; id < index.size(); id++) {
            Context row = rows.get(index.name(id));
            start[id] = cells;
            reach[id] = row == null || row.getOutcomes().length == 0 ? -1 : row.getOutcomes()[row.getOutcomes().length - 1];
            for (int j = 0; row != null && j < row.getOutcomes().length; j++) {
                cells += atOne(row.getParameters()[j]) == 0 ? 0 : 1;
            }
        }
        start[index.size()] = cells;
        int[] outcome = new int[cells];
        double[] atOne = new double[cells];
        int cell = 0;
        for (int id = 0; id < index.size(); id++) {
            Context row = rows.get(index.name(id));
            for (int j = 0; row != null && j < row.getOutcomes().length; j++) {
                double add = atOne(row.getParameters()[j]);
                if (add != 0) {
                    outcome[cell] = row.getOutcomes()[j];
                    atOne[cell++] = add;
                }
            }
        }
        int count = bayes.getNumOutcomes();
        String[] outcomes = new String[count];
        double[] totals = new double[count];
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
        double[] unseen = new double[count];
        double[] logPrior = new double[count];
        for (int i = 0; i < count; i++) {
            outcomes[i] = bayes.getOutcome(i);
            unseen[i] = LOG_DELTA - Math.log(totals[i] + DELTA * vocabulary);
            logPrior[i] = Math.log(totals[i] / sum);
        }
        return new BayesTable(outcomes, reach, start, outcome, atOne, unseen, logPrior);
    }

    /** What a count adds at value 1 over the unseen term; exactly 0 for a count of 0. */
    private static double atOne(double count) {
        return Math.log(count + DELTA) - LOG_DELTA;
    }

    String[] outcomes() {
        return outcomes.clone();
    }

    int outcomeCount() {
        return outcomes.length;
    }

    int[] reach() {
        return reach;
    }

    int[] start() {
        return start;
    }

    int[] outcome() {
        return outcome;
    }

    double[] atOne() {
        return atOne;
    }

    double[] unseen() {
        return unseen;
    }

    double[] logPrior() {
        return logPrior;
    }

    /**
     * The log probability of each intent (in the naive Bayes model's outcome order) for the first
     * {@code count} features (id -1: unknown, skipped), normalized: {@code exp} of the result sums to 1.
     */
    double[] logProbabilities(int[] ids, float[] values, int count) {
        int outcomes = unseen.length;
        double[] score = new double[outcomes];
        // reaching[i]: how many features reach intent i; every intent up to there gets "unseen".
        int[] reaching = new int[outcomes];
        for (int f = 0; f < count; f++) {
            int id = ids[f];
            if (id < 0 || reach[id] < 0) {
                continue;
            }
            reaching[reach[id]]++;
            // Each adds the seen term in place of the "unseen" one this intent gets below, scaled
            // by the feature's value as the maxent scales its weights (see the class comment).
            double value = values[f];
            for (int k = start[id], end = start[id + 1]; k < end; k++) {
                score[outcome[k]] += value * atOne[k];
            }
        }
        int reached = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = outcomes - 1; i >= 0; i--) {
            reached += reaching[i];
            score[i] += reached * unseen[i] + logPrior[i];
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
