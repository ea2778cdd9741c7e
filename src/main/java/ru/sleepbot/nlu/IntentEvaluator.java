package ru.sleepbot.nlu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Measures intent learners through {@link IntentLearner} and {@link IntentClassifier} only:
 * stratified K-fold cross-validation over the training samples, or scoring a labelled file with
 * classifiers trained on all of them. The first learner is the bot's own and is judged under the
 * configured calibration and policy; every learner is also calibrated and given thresholds on the
 * file's calibration rows, so that a peer is compared on equal terms. Folds use a fixed seed.
 */
public final class IntentEvaluator {

    public static final int DEFAULT_FOLDS = 10;
    private static final long SEED = 20_261_126L;

    private final int folds;

    public IntentEvaluator(int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds: " + folds);
        }
        this.folds = folds;
    }

    /**
     * K-fold cross-validation of each learner, decided under the configured calibration and policy.
     * The bot's own learner also gets the calibration and thresholds its out-of-fold predictions
     * suggest (by the rules of {@link Thresholds}) and its scores under them; those scores are
     * measured on the predictions the two numbers were fitted on, so they lean optimistic.
     */
    public Evaluation crossValidate(List<IntentSample> samples, List<IntentLearner> learners, NluSettings settings) {
        List<List<IntentSample>> split = stratifiedFolds(samples);
        List<LearnerScore> scores = new ArrayList<>();
        List<Prediction> own = null;
        for (IntentLearner learner : learners) {
            long start = System.nanoTime();
            List<Prediction> raw = outOfFold(split, learner);
            List<Prediction> predictions = calibrated(raw, settings.calibration());
            long millis = (System.nanoTime() - start) / 1_000_000 / folds;
            Fit fit = own == null ? fit(raw, Fit.OUT_OF_FOLD) : null;
            Scores fitted = fit == null ? null : Scores.of(calibrated(raw, fit.calibration()), fit.policy());
            scores.add(new LearnerScore(learner.name(), millis, Scores.of(predictions, settings.policy()), fit, fitted));
            own = own == null ? predictions : own;
        }
        return new Evaluation(folds + "-fold stratified cross-validation over " + samples.size() + " examples",
                scores, Map.of(), Scores.misses(own, settings.policy()));
    }

    /**
     * Scores the file's test rows (all rows when it has no split) with each learner trained on all
     * samples. A message that stands among the training samples (after normalization) is left out:
     * the model has seen it, so it measures nothing.
     */
    public Evaluation score(List<IntentSample> training, List<LabelledMessage> data, List<IntentLearner> learners,
                            NluSettings settings) {
        TextNormalizer normalizer = new TextNormalizer();
        Set<String> trained = new HashSet<>();
        training.forEach(s -> trained.add(normalizer.normalize(s.text())));
        List<LabelledMessage> unseen = data.stream()
                .filter(m -> !trained.contains(normalizer.normalize(m.sample().text()))).toList();
        List<LabelledMessage> calibration = unseen.stream().filter(LabelledMessage::calibration).toList();
        List<LabelledMessage> scored = unseen.stream().filter(m -> !m.calibration()).toList();
        List<LearnerScore> results = new ArrayList<>();
        Map<String, Scores> byStyle = new TreeMap<>();
        List<Miss> misses = List.of();
        for (IntentLearner learner : learners) {
            long start = System.nanoTime();
            IntentClassifier classifier = learner.train(training);
            long millis = (System.nanoTime() - start) / 1_000_000;
            RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());
            Fit fit = calibration.isEmpty() ? null : fit(predict(classifier, calibration, analyzer), Fit.CALIB_ROWS);
            List<Prediction> raw = predict(classifier, scored, analyzer);
            Scores fitted = fit == null ? null : Scores.of(calibrated(raw, fit.calibration()), fit.policy());
            boolean own = results.isEmpty();
            if (own) {
                List<Prediction> production = calibrated(raw, settings.calibration());
                results.add(new LearnerScore(learner.name(), millis, Scores.of(production, settings.policy()), fit, fitted));
                byStyle.putAll(byStyle(production, settings.policy()));
                misses = Scores.misses(production, settings.policy());
            } else {
                // Without calibration rows a peer has no threshold of its own: judge its plain ranking.
                Scores judged = fitted != null ? fitted : Scores.of(raw, new UnderstandingPolicy(0, 0));
                results.add(new LearnerScore(learner.name(), millis, judged, fit, fitted));
            }
        }
        String method = "scoring " + scored.size() + " labelled messages"
                + (calibration.isEmpty() ? "" : " (" + calibration.size() + " more fit calibration and thresholds)")
                + " with classifiers trained on " + training.size() + " examples"
                + (unseen.size() == data.size() ? "" : "; " + (data.size() - unseen.size())
                        + " messages that stand in the training examples are left out");
        return new Evaluation(method, results, byStyle, misses);
    }

    /** Calibration fitted on the rows' top confidences, then thresholds chosen on the calibrated ones. */
    static Fit fit(List<Prediction> raw, String source) {
        Calibration calibration = Calibration.fit(raw.stream().map(p -> p.raw().confidence()).toList(),
                raw.stream().map(Prediction::topIsRight).toList());
        return new Fit(calibration, Thresholds.choose(calibrated(raw, calibration)), raw.size(), source);
    }

    private static Map<String, Scores> byStyle(List<Prediction> predictions, UnderstandingPolicy policy) {
        Map<String, List<Prediction>> groups = new TreeMap<>();
        predictions.forEach(p -> groups.computeIfAbsent(p.message().style(), s -> new ArrayList<>()).add(p));
        Map<String, Scores> scores = new TreeMap<>();
        if (groups.size() > 1) {
            groups.forEach((style, group) -> scores.put(style, Scores.of(group, policy)));
        }
        return scores;
    }

    private static List<Prediction> predict(IntentClassifier classifier, List<LabelledMessage> messages,
                                            RussianAnalyzer analyzer) {
        return messages.stream()
                .map(m -> new Prediction(m, classifier.classify(analyzer.analyze(m.sample().text())))).toList();
    }

    private static List<Prediction> calibrated(List<Prediction> raw, Calibration calibration) {
        return raw.stream().map(p -> p.calibrated(calibration)).toList();
    }

    /** Out-of-fold predictions: each fold is classified by a model trained on all the other folds. */
    private List<Prediction> outOfFold(List<List<IntentSample>> split, IntentLearner learner) {
        List<List<Prediction>> perFold = IntStream.range(0, split.size()).parallel().mapToObj(held -> {
            List<IntentSample> training = new ArrayList<>();
            for (int f = 0; f < split.size(); f++) {
                if (f != held) {
                    training.addAll(split.get(f));
                }
            }
            IntentClassifier classifier = learner.train(training);
            RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());
            return predict(classifier, split.get(held).stream().map(LabelledMessage::scored).toList(), analyzer);
        }).toList();
        return perFold.stream().flatMap(List::stream).toList();
    }

    /**
     * Deals each intent's samples, shuffled with a fixed seed, round the folds; each intent starts
     * where the last one stopped so that the folds come out the same size.
     */
    List<List<IntentSample>> stratifiedFolds(List<IntentSample> samples) {
        Map<String, List<IntentSample>> byIntent = new LinkedHashMap<>();
        samples.forEach(e -> byIntent.computeIfAbsent(e.intent(), k -> new ArrayList<>()).add(e));
        List<List<IntentSample>> split = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            split.add(new ArrayList<>());
        }
        Random random = new Random(SEED);
        int next = 0;
        for (List<IntentSample> group : byIntent.values()) {
            List<IntentSample> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            for (IntentSample sample : shuffled) {
                split.get(next).add(sample);
                next = (next + 1) % folds;
            }
        }
        return split;
    }
}
