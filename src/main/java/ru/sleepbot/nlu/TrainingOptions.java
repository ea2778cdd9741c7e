package ru.sleepbot.nlu;

import java.util.Objects;
import opennlp.tools.util.TrainingParameters;

/**
 * How the intent model is trained: the learner, the feature cutoff (a feature seen fewer times
 * is dropped; OpenNLP's default of 5 throws most features of a small data set away) and the
 * number of iterations. Training is single-threaded over examples in a fixed order, so the same
 * content always gives the same model.
 */
public record TrainingOptions(Algorithm algorithm, int cutoff, int iterations) {

    public TrainingOptions {
        Objects.requireNonNull(algorithm, "algorithm");
        if (cutoff < 0) {
            throw new IllegalArgumentException("cutoff must be >= 0: " + cutoff);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1: " + iterations);
        }
    }

    /** The best options found for each learner by {@code eval --tune} (cross-validated). */
    public static TrainingOptions tuned(Algorithm algorithm) {
        switch (algorithm) {
            case MAXENT:
                return new TrainingOptions(algorithm, 0, 200);
            case MAXENT_QN:
                return new TrainingOptions(algorithm, 0, 200);
            case NAIVE_BAYES:
                return new TrainingOptions(algorithm, 0, 1);
            case PERCEPTRON:
                return new TrainingOptions(algorithm, 0, 100);
            default:
                throw new IllegalArgumentException("unknown algorithm " + algorithm);
        }
    }

    /** The learner that cross-validated best, with its tuned options: the default. */
    public static TrainingOptions best() {
        return tuned(Algorithm.MAXENT);
    }

    TrainingParameters parameters() {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm.openNlpName());
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        return parameters;
    }

    @Override
    public String toString() {
        return algorithm + " cutoff=" + cutoff + " iterations=" + iterations;
    }
}
