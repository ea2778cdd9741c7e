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
     * The best options found for each learner by {@code eval --cv 10} (2131 examples, features of
     * {@link IntentFeatures}, 2026-11-26; accuracy at each learner's own best threshold).
     * L-BFGS maxent (MAXENT_QN): L2 0.1, cutoff 0, 50 iterations scored 0.800 (macro-F1 0.788,
     * out_of_scope false accept 5.4 %, in-scope false reject 6.9 %); L2 0.5 scored 0.793 and 1.0
     * 0.786; cutoff 2 scored 0.791 (trains about a third faster); 30 iterations scored 0.772 (it
     * stops before converging); 100 iterations were no better than 50. It trains in 3-5 s on the
     * shared 2-core machine (see {@code bench nlu}). GIS (MAXENT): cutoff 0 and 1 are the same in
     * OpenNLP (a feature is kept when seen at least cutoff times); 50 iterations scored 0.770, 150
     * scored 0.774 at three times the training time (0.779 with GIS's Gaussian smoothing, still
     * below L-BFGS). Naive Bayes 0.748, perceptron 0.752, both with poorly calibrated
     * probabilities (naive Bayes needs a 0.74 threshold and then rejects in-scope messages).
     */
    public static TrainingOptions tuned(Algorithm algorithm) {
        switch (algorithm) {
            case MAXENT:
                return new TrainingOptions(algorithm, 0, 50);
            case MAXENT_QN:
                return new TrainingOptions(algorithm, 0, 50, 0.1);
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
        return tuned(Algorithm.MAXENT_QN);
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
