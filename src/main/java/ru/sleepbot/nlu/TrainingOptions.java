package ru.sleepbot.nlu;

import java.util.Objects;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.TrainingParameters;

/**
 * How the intent model is trained: the learner, the feature cutoff (a feature seen fewer times
 * is dropped; OpenNLP's default of 5 throws most features of a small data set away) and the
 * number of iterations. Examples are given in a fixed order and partial sums are combined in a fixed order, so the same
 * content always gives the same model.
 */
public record TrainingOptions(Algorithm algorithm, int cutoff, int iterations, double l2Cost) {

    /** L2 penalty of L-BFGS maxent when none is given; the other learners ignore it. */
    static final double DEFAULT_L2_COST = 0.5;

    /**
     * GIS splits the events over this many threads and adds their sums in thread order, so the
     * model stays the same run after run; two threads halve start-up training on two cores.
     */
    static final int THREADS = 2;

    public TrainingOptions {
        Objects.requireNonNull(algorithm, "algorithm");
        if (cutoff < 0) {
            throw new IllegalArgumentException("cutoff must be >= 0: " + cutoff);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1: " + iterations);
        }
        if (!(l2Cost >= 0)) {
            throw new IllegalArgumentException("l2Cost must be >= 0: " + l2Cost);
        }
    }

    public TrainingOptions(Algorithm algorithm, int cutoff, int iterations) {
        this(algorithm, cutoff, iterations, DEFAULT_L2_COST);
    }

    /**
     * The best options found for each learner by cross-validation ({@code eval --tune} and 5-fold
     * runs, 2131 examples, 2026-11-26; accuracy at each learner's best threshold). GIS: cutoff 0
     * and 1 are the same in OpenNLP (a feature is kept when seen at least cutoff times); 50
     * iterations scored 0.754, 100 scored 0.757, 300 scored 0.759 at six times the training time.
     * L-BFGS (MAXENT_QN, L2 0.1, cutoff 2, 50 iterations) scored best, 0.784 (0.794 with cutoff 0),
     * but trains three to six times longer than GIS: 5-12 s on the shared 2-core machine, over the
     * 5 s start-up budget, so GIS is the default. Naive Bayes 0.735, perceptron 0.741, both with
     * poorly calibrated probabilities (out_of_scope false accepts of 16-34 %).
     */
    public static TrainingOptions tuned(Algorithm algorithm) {
        switch (algorithm) {
            case MAXENT:
                return new TrainingOptions(algorithm, 0, 50);
            case MAXENT_QN:
                return new TrainingOptions(algorithm, 2, 50, 0.1);
            case NAIVE_BAYES:
                return new TrainingOptions(algorithm, 0, 1);
            case PERCEPTRON:
                return new TrainingOptions(algorithm, 0, 100);
            default:
                throw new IllegalArgumentException("unknown algorithm " + algorithm);
        }
    }

    /** The learner that cross-validated best within the start-up time budget, with its tuned options. */
    public static TrainingOptions best() {
        return tuned(Algorithm.MAXENT);
    }

    TrainingParameters parameters() {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm.openNlpName());
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.THREADS_PARAM, algorithm == Algorithm.MAXENT_QN ? 1 : THREADS);
        if (algorithm == Algorithm.MAXENT_QN) {
            // Plain L2 (no L1): with L1 as well it scored lower in cross-validation. One thread: two
            // made it no faster here.
            parameters.put(QNTrainer.L1COST_PARAM, 0.0);
            parameters.put(QNTrainer.L2COST_PARAM, l2Cost);
        }
        // The default two-pass indexer spools events through a temporary file; ours fit in memory.
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        return parameters;
    }

    @Override
    public String toString() {
        return algorithm + " cutoff=" + cutoff + " iterations=" + iterations
                + (algorithm == Algorithm.MAXENT_QN ? " l2=" + l2Cost : "");
    }
}
