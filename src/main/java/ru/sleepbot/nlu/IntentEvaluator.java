package ru.sleepbot.nlu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import ru.sleepbot.content.IntentExample;

/**
 * Measures the intent model: stratified K-fold cross-validation over the content, or scoring a
 * labelled file with a model trained on all the content; compares the learners side by side and
 * suggests the out_of_scope threshold and the clarify margin. Folds are drawn with a fixed seed.
 */
public final class IntentEvaluator {

    public static final int DEFAULT_FOLDS = 10;
    private static final long SEED = 20_261_126L;
    /** A needless "X or Y?" costs the user a tap; a wrong answer costs more (see {@link NluSettings}). */
    private static final double CLARIFY_COST = 0.5;

    /**
     * The learners {@code eval} puts beside the configured one (L-BFGS maxent by default, which
     * always leads the table). When another learner is configured, L-BFGS is left to
     * {@code --tune}: at 4-6 s per model it would add a minute to every evaluation.
     */
    private static final List<Algorithm> COMPARED = List.of(Algorithm.MAXENT, Algorithm.NAIVE_BAYES, Algorithm.PERCEPTRON);

    private final int folds;

    public IntentEvaluator(int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + folds);
        }
        this.folds = folds;
    }

    /** K-fold cross-validation of the configured model, with every learner side by side. */
    public Evaluation crossValidate(List<IntentExample> examples, NluSettings settings) {
        List<List<IntentExample>> split = stratifiedFolds(examples);
        long start = System.nanoTime();
        List<Prediction> predictions = outOfFold(split, settings.training());
        long configuredMillis = (System.nanoTime() - start) / 1_000_000 / folds;
        List<AlgorithmScore> algorithms = new ArrayList<>();
        algorithms.add(compare(settings.training(), predictions, settings, configuredMillis));
        for (TrainingOptions options : others(settings.training())) {
            start = System.nanoTime();
            List<Prediction> own = outOfFold(split, options);
            algorithms.add(compare(options, own, settings, (System.nanoTime() - start) / 1_000_000 / folds));
        }
        return new Evaluation(folds + "-fold stratified cross-validation over " + examples.size() + " examples",
                settings.training().toString(), Scores.of(predictions, settings.minConfidence(), settings.clarifyMargin()),
                chooseThresholds(predictions), algorithms, Scores.misses(predictions, settings.minConfidence()));
    }

    /** Scores a labelled test set with models trained on all the examples. */
    public Evaluation score(List<IntentExample> training, List<LabelledText> test, NluSettings settings) {
        List<TrainingOptions> candidates = new ArrayList<>();
        candidates.add(settings.training());
        candidates.addAll(others(settings.training()));
        List<AlgorithmScore> algorithms = new ArrayList<>();
        Scores configured = null;
        List<Miss> misses = List.of();
        for (TrainingOptions options : candidates) {
            long start = System.nanoTime();
            IntentModel model = IntentModel.train(training, options);
            long millis = (System.nanoTime() - start) / 1_000_000;
            List<Prediction> predictions = test.stream()
                    .map(t -> new Prediction(t.label(), t.text(), model.rank(t.text()))).toList();
            if (configured == null) {
                configured = Scores.of(predictions, settings.minConfidence(), settings.clarifyMargin());
                misses = Scores.misses(predictions, settings.minConfidence());
            }
            algorithms.add(compare(options, predictions, settings, millis));
        }
        return new Evaluation("scoring " + test.size() + " labelled messages with a model trained on "
                + training.size() + " examples", settings.training().toString(), configured, null, algorithms, misses);
    }

    /** The compared learners other than the configured one, each with its tuned options. */
    private static List<TrainingOptions> others(TrainingOptions configured) {
        return COMPARED.stream().filter(a -> a != configured.algorithm()).map(TrainingOptions::tuned).toList();
    }

    /** Cross-validates every learner over a small grid of cutoffs and iterations. */
    public List<AlgorithmScore> tune(List<IntentExample> examples, NluSettings settings) {
        List<List<IntentExample>> split = stratifiedFolds(examples);
        List<AlgorithmScore> rows = new ArrayList<>();
        for (TrainingOptions options : grid()) {
            long start = System.nanoTime();
            List<Prediction> predictions = outOfFold(split, options);
            rows.add(compare(options, predictions, settings, (System.nanoTime() - start) / 1_000_000 / folds));
        }
        return rows;
    }

    private static List<TrainingOptions> grid() {
        List<TrainingOptions> grid = new ArrayList<>();
        for (int cutoff : new int[] {0, 2}) {
            for (int iterations : new int[] {50, 100, 300}) {
                grid.add(new TrainingOptions(Algorithm.MAXENT, cutoff, iterations));
            }
            grid.add(new TrainingOptions(Algorithm.MAXENT_QN, cutoff, 40, 0.2));
            grid.add(new TrainingOptions(Algorithm.NAIVE_BAYES, cutoff, 1));
            grid.add(new TrainingOptions(Algorithm.PERCEPTRON, cutoff, 100));
        }
        return grid;
    }

    private AlgorithmScore compare(TrainingOptions options, List<Prediction> predictions, NluSettings settings,
                                   long trainMillis) {
        Scores at = Scores.of(predictions, settings.minConfidence(), settings.clarifyMargin());
        Thresholds own = chooseThresholds(predictions);
        Scores best = Scores.of(predictions, own.minConfidence(), own.clarifyMargin());
        return new AlgorithmScore(options.toString(), at.accuracy(), at.macroF1(), at.outOfScopeFalseAccept(),
                at.inScopeFalseReject(), own.minConfidence(), best.accuracy(), trainMillis);
    }

    /**
     * The threshold with the best accuracy among those keeping out_of_scope false accepts at most
     * 5 % and in-scope false rejects at most 3 % (the best accuracy overall when none does), and
     * the margin under which asking "X or Y?" gains most: +1 for each accepted wrong answer whose
     * runner-up was right, -0.5 for each right answer asked. When several thresholds tie (L-BFGS
     * maxent scores the same from 0.00 to 0.15), the middle one is taken: the lowest would never
     * reject anything, the highest sits right at the edge of the answers seen in cross-validation.
     */
    static Thresholds chooseThresholds(List<Prediction> predictions) {
        List<Double> tied = new ArrayList<>();
        double bestAccuracy = -1;
        boolean bestWithinLimits = false;
        for (int step = 0; step <= 95; step++) {
            double threshold = step / 100.0;
            Scores scores = Scores.of(predictions, threshold, 0);
            boolean within = scores.outOfScopeFalseAccept() <= 0.05 && scores.inScopeFalseReject() <= 0.03;
            boolean better = within && !bestWithinLimits
                    || within == bestWithinLimits && scores.accuracy() > bestAccuracy + 1e-12;
            boolean same = within == bestWithinLimits && Math.abs(scores.accuracy() - bestAccuracy) <= 1e-12;
            if (better) {
                tied.clear();
                bestAccuracy = scores.accuracy();
                bestWithinLimits = within;
            }
            if (better || same) {
                tied.add(threshold);
            }
        }
        double bestThreshold = tied.get(tied.size() / 2);
        double bestMargin = 0;
        double bestGain = 0;
        for (int step = 1; step <= 50; step++) {
            double margin = step / 100.0;
            double gain = 0;
            for (Prediction p : predictions) {
                Classification decided = p.ranking().decide(bestThreshold);
                if (decided.outOfScope() || Classification.OUT_OF_SCOPE.equals(decided.runnerUp())
                        || decided.margin() >= margin) {
                    continue;
                }
                if (decided.intent().equals(p.truth())) {
                    gain -= CLARIFY_COST;
                } else if (decided.runnerUp().equals(p.truth())) {
                    gain += 1;
                }
            }
            if (gain > bestGain + 1e-12) {
                bestGain = gain;
                bestMargin = margin;
            }
        }
        return new Thresholds(bestThreshold, bestMargin);
    }

    /** Out-of-fold rankings: each fold is ranked by a model trained on all the other folds. */
    private List<Prediction> outOfFold(List<List<IntentExample>> split, TrainingOptions options) {
        List<List<Prediction>> perFold = IntStream.range(0, split.size()).parallel().mapToObj(held -> {
            List<IntentExample> training = new ArrayList<>();
            for (int f = 0; f < split.size(); f++) {
                if (f != held) {
                    training.addAll(split.get(f));
                }
            }
            IntentModel model = IntentModel.train(training, options);
            return split.get(held).stream()
                    .map(e -> new Prediction(e.taxonomyId(), e.text(), model.rank(e.text()))).toList();
        }).toList();
        return perFold.stream().flatMap(List::stream).toList();
    }

    /**
     * Deals each intent's examples, shuffled with a fixed seed, round the folds; each intent starts
     * where the last one stopped so that the folds come out the same size.
     */
    List<List<IntentExample>> stratifiedFolds(List<IntentExample> examples) {
        Map<String, List<IntentExample>> byIntent = new LinkedHashMap<>();
        examples.forEach(e -> byIntent.computeIfAbsent(e.intent(), k -> new ArrayList<>()).add(e));
        List<List<IntentExample>> split = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            split.add(new ArrayList<>());
        }
        Random random = new Random(SEED);
        int next = 0;
        for (List<IntentExample> group : byIntent.values()) {
            List<IntentExample> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            for (IntentExample example : shuffled) {
                split.get(next).add(example);
                next = (next + 1) % folds;
            }
        }
        return split;
    }
}
