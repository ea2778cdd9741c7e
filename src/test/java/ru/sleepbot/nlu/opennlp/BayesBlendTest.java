package ru.sleepbot.nlu.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.sleepbot.nlu.IntentSample;

class BayesBlendTest {

    private static final String[] MAXENT = {"a", "b", "c"};

    /** A naive Bayes table of these intents that knows no feature: only its outcome order matters here. */
    private static BayesTable table(String... outcomes) {
        return new BayesTable(outcomes, new int[0], new int[] {0}, new int[0], new double[0],
                new double[outcomes.length], new double[outcomes.length]);
    }

    private static double[] log(double... probabilities) {
        double[] log = new double[probabilities.length];
        for (int i = 0; i < log.length; i++) {
            log[i] = Math.log(probabilities[i]);
        }
        return log;
    }

    @Test
    void theBlendIsTheNormalizedWeightedProductMatchedByOutcomeName() {
        // Naive Bayes lists its outcomes in another order: c, a, b.
        BayesBlend blend = new BayesBlend(MAXENT, table("c", "a", "b"), 0.5);

        double[] p = blend.blend(new double[] {0.6, 0.3, 0.1}, log(0.0, 0.2, 0.8));

        double a = Math.sqrt(0.6 * 0.2);
        double b = Math.sqrt(0.3 * 0.8);
        double c = Math.sqrt(0.1 * 1e-12);
        assertThat(p[0]).isCloseTo(a / (a + b + c), within(1e-9));
        assertThat(p[1]).isCloseTo(b / (a + b + c), within(1e-9));
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1, within(1e-12));
        assertThat(p[1]).as("naive Bayes turned the answer").isGreaterThan(p[0]);
    }

    @Test
    void aSmallWeightLeavesTheMaxentsAnswerWhereBothAgreeOnTheOrder() {
        double[] p = new BayesBlend(MAXENT, table("a", "b", "c"), 0.05)
                .blend(new double[] {0.6, 0.3, 0.1}, log(0.999, 0.001, 0.0));

        assertThat(p[0]).as("naive Bayes's certainty is not passed on").isBetween(0.6, 0.75);
    }

    @Test
    void aNaiveBayesModelWithoutOneOfTheIntentsIsRefused() {
        assertThatThrownBy(() -> new BayesBlend(MAXENT, table("a", "b"), 0.1)).hasMessageContaining("c");
        assertThatThrownBy(() -> new BayesBlend(MAXENT, table(MAXENT), 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aModelTrainedWithTheBlendCarriesIt() {
        List<IntentSample> samples = List.of(
                new IntentSample("snoring", "breathing_apnea", "муж громко храпит"),
                new IntentSample("snoring", "breathing_apnea", "храплю по ночам"),
                new IntentSample("greeting", "greeting", "привет"),
                new IntentSample("greeting", "greeting", "здравствуйте"));
        TrainingOptions options = new TrainingOptions(Algorithm.MAXENT_QN, 0, 20, 0.3);

        assertThat(IntentModel.train(samples, new Cues(Map.of()), options).blend()).isEmpty();
        IntentModel blended = IntentModel.train(samples, new Cues(Map.of()), options.withBayes(0.05));
        assertThat(blended.blend()).hasValueSatisfying(b -> assertThat(b.weight()).isEqualTo(0.05));
        assertThat(blended.classifier().classify(ru.sleepbot.nlu.Said.of("храпит")).intent()).isEqualTo("breathing_apnea");
        assertThat(options.withBayes(0.05).toString()).endsWith("+ naive Bayes 0.05");
    }
}
