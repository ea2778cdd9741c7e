package ru.sleepbot.nlu.opennlp;

import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of a trained OpenNLP maxent model per feature id of a {@link FeatureIndex}, in flat
 * primitive arrays, evaluated exactly as OpenNLP's {@code QNModel.eval} evaluates them: for each
 * feature in the message's order, its value times its weight is added to each intent's score, in
 * the order of the model's own rows; then the scores are normalized with the same
 * {@link StrictMath} log-sum-exp. So the probabilities are the same numbers to the last bit, and
 * a message costs one look-up per feature instead of a hash map of contexts. Immutable.
 */
final class MaxentTable {

    private final String[] outcomes;
    /** Per feature id: where its row starts in {@link #outcome} and {@link #weight}; one more at the end. */
    private final int[] start;
    private final int[] outcome;
    private final double[] weight;
    /**
     * Whether every row lists all the intents in order (L-BFGS maxent keeps a weight for every
     * pair): then a row is added without looking up its intents, a loop the JIT vectorizes.
     */
    private final boolean dense;

    MaxentTable(String[] outcomes, int[] start, int[] outcome, double[] weight) {
        this.outcomes = outcomes.clone();
        this.start = Objects.requireNonNull(start, "start");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.weight = Objects.requireNonNull(weight, "weight");
        if (outcome.length != weight.length || start[start.length - 1] != outcome.length) {
            throw new IllegalArgumentException("the rows do not match the weights");
        }
        for (int o : outcome) {
            if (o < 0 || o >= outcomes.length) {
                throw new IllegalArgumentException("no intent numbered " + o);
            }
        }
        boolean all = true;
        for (int id = 0; id + 1 < start.length && all; id++) {
            int size = start[id + 1] - start[id];
            all = size == 0 || size == outcomes.length;
            for (int k = 0; k < size && all; k++) {
                all = outcome[start[id] + k] == k;
            }
        }
        this.dense = all;
    }

    /** The model's rows laid out by the ids of {@code index}; features it lacks get empty rows. */
    @SuppressWarnings("unchecked")
    static MaxentTable of(AbstractModel model, FeatureIndex index) {
        Map<String, Context> rows = (Map<String, Context>) model.getDataStructures()[1];
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        int[] start = new int[index.size() + 1];
        int cells = 0;
        for (int id = 0; id < index.size(); id++) {
            Context row = rows.get(index.name(id));
            start[id] = cells;
            cells += row == null ? 0 : row.getOutcomes().length;
        }
        start[index.size()] = cells;
        int[] outcome = new int[cells];
        double[] weight = new double[cells];
        for (int id = 0; id < index.size(); id++) {
            Context row = rows.get(index.name(id));
            if (row != null) {
                System.arraycopy(row.getOutcomes(), 0, outcome, start[id], row.getOutcomes().length);
                System.arraycopy(row.getParameters(), 0, weight, start[id], row.getParameters().length);
            }
        }
        return new MaxentTable(outcomes, start, outcome, weight);
    }

    String[] outcomes() {
        return outcomes.clone();
    }

    int outcomeCount() {
        return outcomes.length;
    }

    int[] start() {
        return start;
    }

    int[] outcome() {
        return outcome;
    }

    double[] weight() {
        return weight;
    }

    /** The probability of each intent for the first {@code count} features (id -1: unknown, skipped). */
    double[] probabilities(int[] ids, float[] values, int count) {
        double[] score = new double[outcomes.length];
        for (int f = 0; f < count; f++) {
            int id = ids[f];
            if (id < 0) {
                continue;
            }
            double value = values[f];
            int end = start[id + 1];
            if (dense) {
                for (int k = start[id], o = 0; k < end; k++, o++) {
                    score[o] += value * weight[k];
                }
            } else {
                for (int k = start[id]; k < end; k++) {
                    score[outcome[k]] += value * weight[k];
                }
            }
        }
        // OpenNLP's ArrayMath.logSumOfExps and QNModel's normalization, step for step.
        double max = score[0];
        for (int i = 1; i < score.length; i++) {
            if (score[i] > max) {
                max = score[i];
            }
        }
        double sum = 0;
        for (double s : score) {
            if (s != Double.NEGATIVE_INFINITY) {
                sum += StrictMath.exp(s - max);
            }
        }
        double logSum = max + StrictMath.log(sum);
        for (int i = 0; i < score.length; i++) {
            score[i] = StrictMath.exp(score[i] - logSum);
        }
        return score;
    }
}
