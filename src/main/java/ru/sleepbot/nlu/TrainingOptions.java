package ru.sleepbot.nlu;

import java.util.Objects;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.util.TrainingParameters;

/**
 * How the intent model is trained: the learner, the feature cutoff (a feature seen fewer times
 * is dropped; OpenNLP's default of 5 throws most features of a small data set away) and the
 * number of iterations. Examples are given in a fixed order and partial sums are combined in a fixed order, so the same
 * content always gives the same model.
 */
public record TrainingOptions(Algorithm algorithm, int cutoff, int iterations) {

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
    }

    /**
     * The best options found for each learner by {@code eval --tune} (5-fold CV, 2131 examples,
     * 2026-11-26). GIS: cutoff 0 and 1 are the same in OpenNLP (a feature is kept when seen at
     * least cutoff times); 50 iterations scored 0.754, 100 scored 0.757 and 300 scored 0.759 at
     * 2.5 times the training time, so 50 keeps start-up training well under 5 s. L-BFGS (MAXENT_QN)
     * scored best (0.787) but trains for about 20 s, too slow for training at start-up.
     */
    public static TrainingOptions tuned(Algorithm algorithm) {
        switch (algorithm) {
            case MAXENT:
                return new TrainingOptions(algorithm, 0, 50);
            case MAXENT_QN:
                return new TrainingOptions(algorithm, 0, 100);
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
        parameters.put(TrainingParameters.THREADS_PARAM, THREADS);
        // The default two-pass indexer spools events through a temporary file; ours fit in memory.
        parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        return parameters;
    }

    @Override
    public String toString() {
        return algorithm + " cutoff=" + cutoff + " iterations=" + iterations;
    }
}
