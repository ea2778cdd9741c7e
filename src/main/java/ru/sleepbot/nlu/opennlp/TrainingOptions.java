package ru.sleepbot.nlu.opennlp;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.TrainingParameters;

/**
 * How the intent model is trained: the learner, the feature cutoff (a feature seen fewer times
 * is dropped; OpenNLP's default of 5 throws most features of a small data set away), the number
 * of iterations, the L2 penalty, the parts of the reading it uses and the weight of a naive Bayes
 * model blended into the maxent's answer ({@link BayesBlend}; 0: none). Examples are given in a
 * fixed order and partial sums are combined in a fixed order, so the same content always gives
 * the same model.
 */
public record TrainingOptions(Algorithm algorithm, int cutoff, int iterations, double l2Cost, Set<Reading> reading,
                              double bayesWeight) {

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
        reading = reading.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reading));
        if (cutoff < 0) {
            throw new IllegalArgumentException("cutoff must be >= 0: " + cutoff);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1: " + iterations);
        }
        if (!(l2Cost >= 0)) {
            throw new IllegalArgumentException("l2Cost must be >= 0: " + l2Cost);
        }
        if (!(bayesWeight >= 0 && bayesWeight < 1)) {
            throw new IllegalArgumentException("bayesWeight must be within [0, 1): " + bayesWeight);
        }
        if (bayesWeight > 0 && algorithm == Algorithm.NAIVE_BAYES) {
            throw new IllegalArgumentException("naive Bayes cannot be blended with itself");
        }
    }

    /** Options without a naive Bayes blend. */
    public TrainingOptions(Algorithm algorithm, int cutoff, int iterations, double l2Cost, Set<Reading> reading) {
        this(algorithm, cutoff, iterations, l2Cost, reading, 0);
    }

    /** Options that read with every part of {@link Reading}. */
    public TrainingOptions(Algorithm algorithm, int cutoff, int iterations, double l2Cost) {
        this(algorithm, cutoff, iterations, l2Cost, EnumSet.allOf(Reading.class));
    }

    public TrainingOptions(Algorithm algorithm, int cutoff, int iterations) {
        this(algorithm, cutoff, iterations, DEFAULT_L2_COST);
    }

    /** The same options without one part of the reading, for {@code eval --ablations}. */
    public TrainingOptions without(Reading part) {
        EnumSet<Reading> kept = EnumSet.allOf(Reading.class);
        kept.retainAll(reading);
        kept.remove(part);
        return new TrainingOptions(algorithm, cutoff, iterations, l2Cost, kept, bayesWeight);
    }

    /** The same options with naive Bayes blended in at {@code weight} (0: none). */
    public TrainingOptions withBayes(double weight) {
        return new TrainingOptions(algorithm, cutoff, iterations, l2Cost, reading, weight);
    }

    /**
     * The best options found for each learner alone (the bot's own are {@link #best()}). L-BFGS maxent (MAXENT_QN), cutoff 2, L2 1.0, run to
     * convergence (100 iterations; 150 give the same model), chosen on the blind dev set
     * ({@code eval --data src/test/resources/nlu/dev-real.tsv}, all 752 rows unseen in training,
     * 2026-12-07, with the weighted sentences and concepts of {@link MessageFeatures}): parent
     * accuracy 0.930, fine 0.918, out_of_scope false accept 9.0 %; L2 2.0 0.924 (7.2 %), L2 4.0
     * 0.923. Stopped early at 40 iterations the model scored anywhere from 0.912 to 0.930 and let
     * 4.5 % to 15 % of the off-topic messages through as L2 moved from 0.5 to 1.0: where the
     * optimizer happened to stop decided more than the data, so the converged model is used. The
     * old choice, L2 0.2 at 40 iterations, cross-validated best (0.946 on 3570 examples) but was
     * the most overconfident on real messages. GIS (MAXENT) 50 iterations, naive Bayes and
     * perceptron cross-validated 3-4 points lower (2026-11-26) and are kept for comparison only.
     */
    public static TrainingOptions tuned(Algorithm algorithm) {
        switch (algorithm) {
            case MAXENT:
                return new TrainingOptions(algorithm, 0, 50);
            case MAXENT_QN:
                return new TrainingOptions(algorithm, 2, 100, 1.0);
            case NAIVE_BAYES:
                return new TrainingOptions(algorithm, 0, 1);
            case PERCEPTRON:
                return new TrainingOptions(algorithm, 0, 100);
            default:
                throw new IllegalArgumentException("unknown algorithm " + algorithm);
        }
    }

    /**
     * The bot's options: L-BFGS maxent at L2 0.3, cutoff 2, 100 iterations, with naive Bayes over
     * the same features blended in at {@link #BEST_BAYES_WEIGHT} ({@link BayesBlend}). Measured
     * 2026-12-07 on 5254 examples, with the production calibration and thresholds, on the first
     * two of the 5 folds of {@code eval --cv 5} (2102 examples) and on the 517 test rows of
     * {@code eval --data src/test/resources/nlu/dev-real.tsv}:
     * <pre>
     *                               cv parent  cv top-1   dev parent  dev off-topic accepted
     * maxent L2 1.0 (the old one)     0.857      0.870      0.950         2.6 %
     * maxent L2 0.3                   0.876      0.883      0.952         2.6 %
     * maxent L2 0.1                   0.883      0.888      0.948         3.9 %
     * naive Bayes alone               0.822      0.821        -            -
     * L2 0.3 + naive Bayes 0.05       0.896      0.898      0.961         2.6 %
     * L2 0.3 + naive Bayes 0.10       0.899      0.900      0.961         5.3 %
     * </pre>
     * A lighter L2 fits the rare words of the examples better, and the calibration keeps the
     * confidences honest (ECE 0.013 on the dev test rows). Naive Bayes counts each word for its
     * topic however rare it is, which the regularized maxent does not. The blend became the bot's
     * model once naive Bayes was evaluated from a precomputed {@link BayesTable} instead of
     * OpenNLP's {@code NaiveBayesModel.eval} (which builds a map of log probabilities per call:
     * 230 µs per message, {@code bench nlu} at p99 4.2 ms). An average of probabilities instead of
     * the product scored lower (0.889 at 0.2). Tried and dropped, same folds: character 3- and
     * 4-grams (0.871, and twice the training time), character grams at half weight (0.870),
     * feature cutoff 0 instead of 2 (0.876, the same), every message's features scaled to one
     * length (0.665: long posts lose their substance).
     *
     * <p>Second learners blended in, measured 2026-12-08 on 5357 examples with the production
     * calibration and thresholds, all 5 folds of {@code eval --cv 5} (this model: parent 0.9027,
     * ECE 0.035) and the dev test rows (0.961, off-topic accepted 2.6 %); none was kept:
     * <ul>
     * <li>a nearest-neighbour vote (k 5-20, cosine over TF-IDF of the same features, or of the
     *     words only, or of the character grams only), averaged in at 0.1-0.3 or multiplied in:
     *     0.900-0.903 (dev 0.963-0.965);</li>
     * <li>a multinomial naive Bayes of our own in place of OpenNLP's (value-weighted unseen terms,
     *     every intent, priors by examples), Lidstone 0.01-0.05, added to the maxent's log at
     *     0.04-0.07: 0.903-0.906 (dev 0.961-0.965, off-topic 2.6-3.9 %); the same over binary
     *     counts at 0.05-0.10: 0.904-0.907 (dev 0.963-0.971). Its gain is within what folds
     *     vary by, and its out-of-fold calibration error rises to 0.05-0.06 (naive Bayes
     *     sharpens every answer);</li>
     * <li>heavier naive Bayes (Lidstone 0.5-1, weight 0.1-0.2), or its evidence divided by the
     *     message's length (to the power 0.5 or 1) at weight 0.3-2, or complement naive Bayes:
     *     0.846-0.902, with more in-scope messages falling under the threshold.</li>
     * </ul>
     */
    public static TrainingOptions best() {
        return new TrainingOptions(Algorithm.MAXENT_QN, 2, 100, 0.3).withBayes(BEST_BAYES_WEIGHT);
    }

    /** The weight of naive Bayes in the bot's blend; see {@link #best()}. */
    static final double BEST_BAYES_WEIGHT = 0.05;

    /** The bot's maxent alone, without naive Bayes, for {@code eval --compare}. */
    public static TrainingOptions bestUnblended() {
        return best().withBayes(0);
    }

    /** How the naive Bayes of a blend is trained: on the same events, every feature kept. */
    TrainingParameters bayesParameters() {
        return tuned(Algorithm.NAIVE_BAYES).parameters();
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
        EnumSet<Reading> missing = EnumSet.allOf(Reading.class);
        missing.removeAll(reading);
        return algorithm + " cutoff=" + cutoff + " iterations=" + iterations
                + (algorithm == Algorithm.MAXENT_QN ? " l2=" + l2Cost : "")
                + (bayesWeight > 0 ? " + naive Bayes " + bayesWeight : "")
                + (missing.isEmpty() ? "" : " without " + missing.toString().toLowerCase(java.util.Locale.ROOT));
    }
}
