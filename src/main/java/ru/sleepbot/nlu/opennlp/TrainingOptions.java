package ru.sleepbot.nlu.opennlp;

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
     * GIS and L-BFGS split the events over this many threads and add their partial sums in thread
     * order, so the model stays the same run after run. Two threads halve GIS's training on two
     * cores; L-BFGS gains 10-15 % (5.1 s to 4.3 s on the shared 2-core machine, 2026-11-26).
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
     * The best options found for each learner by {@code eval --cv 10}, accuracy at each learner's
     * own best threshold. Measured on 3570 examples (2026-11-26, after the training data rework),
     * each on two fold shuffles because one changed example moves the figure by up to 0.5 points.
     * L-BFGS maxent (MAXENT_QN), cutoff 2, with the character 3-grams of {@link CharNgramFeatures}:
     * 40 iterations L2 0.2 scored 0.945-0.946 (out_of_scope false accept 3.4 %, in-scope false
     * reject 2.3 %); L2 0.3 0.936-0.940; 45 iterations L2 0.2 0.943, 50 iterations no better.
     * With 3- and 4-grams, 40 iterations L2 0.3 scored 0.947-0.948 and 50 iterations L2 0.1
     * 0.945-0.950, but took about twice the time (5-6.5 s cold on this 2-core machine, over the 5 s
     * start-up budget); 35 iterations lose 0.7 points and cutoff 3 2.4.
     * GIS (MAXENT): cutoff 0 is the same as cutoff 1 in OpenNLP (a feature is kept when seen at
     * least cutoff times); 50 iterations 0.914 (false accept 3.9 %, false reject 3.3 %); on the
     * smaller data 150 iterations were barely better than 50 at three times the time. Naive Bayes
     * 0.910 and perceptron 0.910 at their own thresholds, both with poorly calibrated
     * probabilities (naive Bayes needs a 0.82 threshold and lets 23 % of out_of_scope through at
     * the default one; perceptron needs 0.03).
     */
    public static TrainingOptions tuned(Algorithm algorithm) {
        switch (algorithm) {
            case MAXENT:
                return new TrainingOptions(algorithm, 0, 50);
            case MAXENT_QN:
                return new TrainingOptions(algorithm, 2, 40, 0.2);
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
        parameters.put(TrainingParameters.THREADS_PARAM, THREADS);
        if (algorithm == Algorithm.MAXENT_QN) {
            // Plain L2 (no L1): with L1 as well it scored lower in cross-validation.
            parameters.put(QNTrainer.L1COST_PARAM, 0.0);
            parameters.put(QNTrainer.L2COST_PARAM, l2Cost);
        }
        // Features carry the weight of their sentence, so the indexer must keep real values; the
        // one-pass indexer also keeps the events in memory instead of spooling them to a file.
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        return parameters;
    }

    @Override
    public String toString() {
        return algorithm + " cutoff=" + cutoff + " iterations=" + iterations
                + (algorithm == Algorithm.MAXENT_QN ? " l2=" + l2Cost : "");
    }
}
