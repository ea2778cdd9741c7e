package ru.sleepbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class IntentEvaluatorTest {

    private static final UnderstandingPolicy NO_THRESHOLD = new UnderstandingPolicy(0, 0);

    static Prediction predicted(String truth, String best, double confidence, String second, double secondP) {
        return new Prediction(LabelledMessage.scored(new IntentSample(truth, truth, "")),
                new Classification(best, confidence, second, secondP, best));
    }

    /** A learner that always answers "a" with confidence 0.9, whatever it was trained on. */
    private static IntentLearner alwaysA() {
        return new IntentLearner() {
            @Override
            public String name() {
                return "always a";
            }

            @Override
            public IntentClassifier train(List<IntentSample> samples) {
                return u -> new Classification("a", 0.9, "b", 0.1, "a");
            }
        };
    }

    @Test
    void listsEveryWrongDecisionWithItsTextIncludingThresholdRejections() {
        List<Prediction> predictions = List.of(
                new Prediction(LabelledMessage.scored(new IntentSample("greeting", "greeting", "привет")),
                        new Classification("greeting", 0.9, "thanks", 0.05, "greeting")),
                new Prediction(LabelledMessage.scored(new IntentSample("thanks", "thanks", "спасибо")),
                        new Classification("goodbye", 0.6, "thanks", 0.3, "goodbye")),
                new Prediction(LabelledMessage.scored(new IntentSample("help", "help", "меню")),
                        new Classification("help", 0.2, "thanks", 0.1, "help")));

        List<Miss> misses = Scores.misses(predictions, new UnderstandingPolicy(0.3, 0));

        assertThat(misses).extracting(Miss::truth, Miss::answered, Miss::text).containsExactly(
                Tuple.tuple("help", "out_of_scope", "меню"),
                Tuple.tuple("thanks", "goodbye", "спасибо"));
    }

    @Test
    void foldsSplitEveryIntentEvenlyAndCoverEachSampleOnce() {
        List<IntentSample> samples = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            samples.add(new IntentSample("a", "a", "a" + i));
        }
        for (int i = 0; i < 10; i++) {
            samples.add(new IntentSample("b", "b", "b" + i));
        }
        List<List<IntentSample>> folds = new IntentEvaluator(5).stratifiedFolds(samples);
        assertThat(folds).hasSize(5);
        assertThat(folds.stream().flatMap(List::stream).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(new HashSet<>(samples));
        for (List<IntentSample> fold : folds) {
            Map<String, Long> perIntent = fold.stream().collect(Collectors.groupingBy(IntentSample::intent,
                    Collectors.counting()));
            assertThat(perIntent).containsEntry("a", 6L).containsEntry("b", 2L);
        }
    }

    @Test
    void foldsAreTheSameEveryTime() {
        List<IntentSample> samples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            samples.add(new IntentSample(i % 2 == 0 ? "a" : "b", "x", "text " + i));
        }
        assertThat(new IntentEvaluator(4).stratifiedFolds(samples)).isEqualTo(new IntentEvaluator(4).stratifiedFolds(samples));
    }

    @Test
    void scoresCountAccuracyPerIntentFiguresAndTheMostFrequentConfusion() {
        List<Prediction> predictions = List.of(
                predicted("a", "a", 0.9, "b", 0.1),
                predicted("a", "b", 0.8, "a", 0.2),
                predicted("a", "b", 0.7, "a", 0.2),
                predicted("b", "b", 0.9, "a", 0.1),
                predicted("out_of_scope", "a", 0.6, "out_of_scope", 0.3),
                predicted("out_of_scope", "out_of_scope", 0.9, "a", 0.1));
        Scores scores = Scores.of(predictions, NO_THRESHOLD);
        assertThat(scores.parentAccuracy()).isCloseTo(3 / 6.0, within(1e-9));
        IntentScore a = scores.perIntent().get(0);
        assertThat(a.intent()).isEqualTo("a");
        assertThat(a.precision()).isCloseTo(1 / 2.0, within(1e-9));
        assertThat(a.recall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(a.support()).isEqualTo(3);
        assertThat(a.confusedWith()).isEqualTo("b");
        assertThat(a.confusedCount()).isEqualTo(2);
        assertThat(scores.outOfScopeFalseAccept()).isCloseTo(0.5, within(1e-9));
        assertThat(scores.inScopeFalseReject()).isZero();
    }

    @Test
    void aFinerLabelIsRightByItsParentAndByItselfSeparately() {
        LabelledMessage snoring = LabelledMessage.scored(new IntentSample("snoring", "breathing_apnea", "храпит"));
        List<Prediction> predictions = List.of(
                new Prediction(snoring, new Classification("breathing_apnea", 0.9, "a", 0.1, "snoring")),
                new Prediction(snoring, new Classification("breathing_apnea", 0.9, "a", 0.1, "breathing_apnea")),
                new Prediction(snoring, new Classification("sleep_phases", 0.9, "a", 0.1, "sleep_phases")));
        Scores scores = Scores.of(predictions, NO_THRESHOLD);
        assertThat(scores.parentAccuracy()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(scores.fineAccuracy()).isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void aThresholdTurnsUnsureAnswersIntoOutOfScope() {
        List<Prediction> predictions = List.of(
                predicted("a", "a", 0.9, "b", 0.1),
                predicted("a", "a", 0.4, "b", 0.3),
                predicted("out_of_scope", "a", 0.35, "b", 0.3));
        Scores scores = Scores.of(predictions, new UnderstandingPolicy(0.5, 0));
        assertThat(scores.inScopeFalseReject()).isCloseTo(0.5, within(1e-9));
        assertThat(scores.outOfScopeFalseAccept()).isZero();
    }

    @Test
    void reliabilityComparesEachBinsConfidenceWithItsAccuracy() {
        List<Prediction> predictions = List.of(
                predicted("a", "a", 0.95, "b", 0.05),
                predicted("a", "b", 0.95, "a", 0.05),
                predicted("a", "a", 0.35, "b", 0.3),
                predicted("a", "a", 0.35, "b", 0.3));
        Reliability reliability = Scores.of(predictions, NO_THRESHOLD).reliability();
        // bin 0.9-1.0: confidence 0.95, right 1 of 2; bin 0.3-0.4: confidence 0.35, right 2 of 2
        assertThat(reliability.expectedCalibrationError()).isCloseTo(0.5 * 0.45 + 0.5 * 0.65, within(1e-9));
        assertThat(reliability.bins()).hasSize(10);
        assertThat(reliability.bins().get(9).count()).isEqualTo(2);
        assertThat(reliability.bins().get(3).accuracy()).isEqualTo(1.0);
    }

    @Test
    void choosesTheThresholdThatSeparatesUnsureOutOfScopeFromSureAnswers() {
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            predictions.add(predicted("a", "a", 0.6 + i * 0.005, "b", 0.1));
            predictions.add(predicted("out_of_scope", "b", 0.2 + i * 0.003, "a", 0.1));
        }
        Thresholds chosen = Thresholds.choose(predictions);
        assertThat(chosen.minConfidence()).isGreaterThanOrEqualTo(0.35).isLessThanOrEqualTo(0.6);
    }

    @Test
    void takesTheMiddleOfThresholdsThatScoreTheSameRatherThanZero() {
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            predictions.add(predicted("a", "a", 0.9, "b", 0.05));
            predictions.add(predicted("out_of_scope", "out_of_scope", 0.9, "a", 0.05));
        }
        // every threshold up to 0.90 is perfect, so none of them is better than another
        Thresholds chosen = Thresholds.choose(predictions);
        assertThat(chosen.minConfidence()).isGreaterThan(0.3).isLessThan(0.6);
    }

    @Test
    void keepsOffTopicFalseAcceptsWithinTheLimitEvenAtSomeCostInAccuracy() {
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            predictions.add(predicted("out_of_scope", "a", 0.5, "b", 0.1)); // off-topic, fairly sure: must be cut
            predictions.add(predicted("a", "a", 0.45, "b", 0.1));  // right answers below that, also cut
        }
        for (int i = 0; i < 30; i++) {
            predictions.add(predicted("a", "a", 0.9, "b", 0.05));
        }
        Thresholds chosen = Thresholds.choose(predictions);
        assertThat(chosen.minConfidence()).isGreaterThan(0.5);
        assertThat(Scores.of(predictions, new UnderstandingPolicy(chosen.minConfidence(), 0)).outOfScopeFalseAccept())
                .isLessThanOrEqualTo(Thresholds.MAX_FALSE_ACCEPT);
    }

    @Test
    void asksWhichTopicWhenTwoAreCloseAndTheRunnerUpIsOftenRight() {
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            predictions.add(predicted("b", "a", 0.46, "b", 0.44)); // close and wrong: worth asking
            predictions.add(predicted("a", "a", 0.90, "b", 0.05)); // clear and right
        }
        predictions.add(predicted("a", "a", 0.45, "b", 0.44));
        Thresholds chosen = Thresholds.choose(predictions);
        assertThat(chosen.clarifyMargin()).isGreaterThan(0.02).isLessThan(0.85);
    }

    @Test
    void needsAtLeastTwoFolds() {
        assertThatThrownBy(() -> new IntentEvaluator(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoringFitsCalibrationOnTheCalibRowsAndScoresOnlyTheOthersPerStyle() {
        // A learner that always answers "a" with confidence 0.9 but is right half the time.
        IntentLearner overconfident = alwaysA();
        List<LabelledMessage> data = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String label = i % 2 == 0 ? "a" : "b";
            data.add(new LabelledMessage(new IntentSample(label, label, "x" + i), "query", "self", true));
            data.add(new LabelledMessage(new IntentSample(label, label, "y" + i), i < 20 ? "chat" : "post", "self", false));
        }

        Evaluation evaluation = new IntentEvaluator(2).score(List.of(), data, List.of(overconfident),
                NluSettings.DEFAULTS.withCalibration(Calibration.IDENTITY));

        LearnerScore own = evaluation.own();
        assertThat(own.scores().messages()).isEqualTo(40);
        assertThat(own.scores().reliability().expectedCalibrationError()).isCloseTo(0.4, within(1e-9));
        assertThat(own.fit().messages()).isEqualTo(40);
        assertThat(own.fitted().reliability().expectedCalibrationError()).isLessThan(0.05);
        assertThat(evaluation.byStyle()).containsOnlyKeys("chat", "post");
    }

    @Test
    void crossValidationFitsCalibrationAndThresholdsOnTheOutOfFoldPredictionsOfTheBotsLearnerOnly() {
        IntentLearner overconfident = alwaysA();
        List<IntentSample> samples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String label = i % 2 == 0 ? "a" : "b";
            samples.add(new IntentSample(label, label, "x" + i));
        }

        Evaluation evaluation = new IntentEvaluator(4).crossValidate(samples, List.of(overconfident, overconfident),
                NluSettings.DEFAULTS.withCalibration(Calibration.IDENTITY));

        LearnerScore own = evaluation.own();
        assertThat(own.scores().reliability().expectedCalibrationError()).isCloseTo(0.4, within(1e-9));
        assertThat(own.fit().messages()).isEqualTo(40);
        assertThat(own.fit().source()).isEqualTo(Fit.OUT_OF_FOLD);
        assertThat(own.fitted().reliability().expectedCalibrationError()).isLessThan(0.05);
        assertThat(evaluation.learners().get(1).fit()).as("a compared learner is judged by the bot's policy").isNull();
    }

    @Test
    void evaluationFilesMaySkipAHeaderCommentsAndBlankLines() {
        List<LabelledMessage> parsed = LabelledMessage.parse(List.of("label\ttext", "# a comment", "greeting\tпривет", "",
                "thanks\tспасибо\tвам"), label -> label);
        assertThat(parsed).extracting(m -> m.sample().intent(), m -> m.sample().text()).containsExactly(
                Tuple.tuple("greeting", "привет"), Tuple.tuple("thanks", "спасибо\tвам"));
    }

    @Test
    void fiveColumnLinesGiveSplitStyleAndSubjectAndTheLabelsParent() {
        List<LabelledMessage> parsed = LabelledMessage.parse(List.of(
                "snoring\tcalib\tquery\tpartner\tмуж храпит", "greeting\ttest\tchat\tnone\tпривет"),
                label -> label.equals("snoring") ? "breathing_apnea" : label);
        assertThat(parsed.get(0)).isEqualTo(new LabelledMessage(
                new IntentSample("snoring", "breathing_apnea", "муж храпит"), "query", "partner", true));
        assertThat(parsed.get(1).calibration()).isFalse();
    }

    @Test
    void aLabelledLineWithoutATabIsReportedWithItsNumber() {
        assertThatThrownBy(() -> LabelledMessage.parse(List.of("greeting\tпривет", "просто текст"), label -> label))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }
}
