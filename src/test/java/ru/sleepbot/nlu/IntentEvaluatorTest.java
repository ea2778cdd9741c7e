package ru.sleepbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.sleepbot.content.IntentExample;

class IntentEvaluatorTest {

    private static Prediction predicted(String truth, String best, double confidence, String second, double secondP) {
        return new Prediction(truth, "", new Ranking(best, confidence, second, secondP, best));
    }

    @Test
    void listsEveryWrongDecisionWithItsTextIncludingThresholdRejections() {
        List<Prediction> predictions = List.of(
                new Prediction("greeting", "привет", new Ranking("greeting", 0.9, "thanks", 0.05, "greeting")),
                new Prediction("thanks", "спасибо", new Ranking("goodbye", 0.6, "thanks", 0.3, "goodbye")),
                new Prediction("help", "меню", new Ranking("help", 0.2, "thanks", 0.1, "help")));

        List<Miss> misses = Scores.misses(predictions, 0.3);

        assertThat(misses).extracting(Miss::truth, Miss::answered, Miss::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("help", "out_of_scope", "меню"),
                org.assertj.core.groups.Tuple.tuple("thanks", "goodbye", "спасибо"));
    }

    @Test
    void foldsSplitEveryIntentEvenlyAndCoverEachExampleOnce() {
        List<IntentExample> examples = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            examples.add(new IntentExample("a", "a", "a" + i));
        }
        for (int i = 0; i < 10; i++) {
            examples.add(new IntentExample("b", "b", "b" + i));
        }
        List<List<IntentExample>> folds = new IntentEvaluator(5).stratifiedFolds(examples);
        assertThat(folds).hasSize(5);
        assertThat(folds.stream().flatMap(List::stream).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(new HashSet<>(examples));
        for (List<IntentExample> fold : folds) {
            Map<String, Long> perIntent = fold.stream().collect(Collectors.groupingBy(IntentExample::intent,
                    Collectors.counting()));
            assertThat(perIntent).containsEntry("a", 6L).containsEntry("b", 2L);
        }
    }

    @Test
    void foldsAreTheSameEveryTime() {
        List<IntentExample> examples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            examples.add(new IntentExample(i % 2 == 0 ? "a" : "b", "x", "text " + i));
        }
        assertThat(new IntentEvaluator(4).stratifiedFolds(examples)).isEqualTo(new IntentEvaluator(4).stratifiedFolds(examples));
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
        Scores scores = Scores.of(predictions, 0, 0);
        assertThat(scores.accuracy()).isCloseTo(3 / 6.0, within(1e-9));
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
    void aThresholdTurnsUnsureAnswersIntoOutOfScope() {
        List<Prediction> predictions = List.of(
                predicted("a", "a", 0.9, "b", 0.1),
                predicted("a", "a", 0.4, "b", 0.3),
                predicted("out_of_scope", "a", 0.35, "b", 0.3));
        Scores scores = Scores.of(predictions, 0.5, 0);
        assertThat(scores.inScopeFalseReject()).isCloseTo(0.5, within(1e-9));
        assertThat(scores.outOfScopeFalseAccept()).isZero();
    }

    @Test
    void choosesTheThresholdThatSeparatesUnsureOutOfScopeFromSureAnswers() {
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            predictions.add(predicted("a", "a", 0.6 + i * 0.005, "b", 0.1));
            predictions.add(predicted("out_of_scope", "b", 0.2 + i * 0.003, "a", 0.1));
        }
        Thresholds chosen = IntentEvaluator.chooseThresholds(predictions);
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
        Thresholds chosen = IntentEvaluator.chooseThresholds(predictions);
        assertThat(chosen.minConfidence()).isGreaterThan(0.3).isLessThan(0.6);
    }

    @Test
    void asksWhichTopicWhenTwoAreCloseAndTheRunnerUpIsOftenRight() {
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            predictions.add(predicted("b", "a", 0.46, "b", 0.44)); // close and wrong: worth asking
            predictions.add(predicted("a", "a", 0.90, "b", 0.05)); // clear and right
        }
        predictions.add(predicted("a", "a", 0.45, "b", 0.44));
        Thresholds chosen = IntentEvaluator.chooseThresholds(predictions);
        assertThat(chosen.clarifyMargin()).isGreaterThan(0.02).isLessThan(0.85);
    }

    @Test
    void needsAtLeastTwoFolds() {
        assertThatThrownBy(() -> new IntentEvaluator(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelledFilesMaySkipAHeaderAndBlankLines() {
        List<LabelledText> parsed = LabelledText.parse(List.of("label\ttext", "greeting\tпривет", "", "thanks\tспасибо\tвам"));
        assertThat(parsed).containsExactly(new LabelledText("greeting", "привет"), new LabelledText("thanks", "спасибо\tвам"));
    }

    @Test
    void aLabelledLineWithoutATabIsReportedWithItsNumber() {
        assertThatThrownBy(() -> LabelledText.parse(List.of("greeting\tпривет", "просто текст")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }
}
