package ru.sleepbot.nlu.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import ru.sleepbot.nlu.IntentSample;

class BayesBlendTest {

    /** A model that always says the same probabilities for its outcomes, in its own order. */
    private record Fixed(String[] outcomes, double[] probabilities) implements MaxentModel {

        @Override
        public double[] eval(String[] context) {
            return probabilities.clone();
        }

        @Override
        public double[] eval(String[] context, double[] probs) {
            return probabilities.clone();
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            return probabilities.clone();
        }

        @Override
        public String getBestOutcome(double[] outcomes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getAllOutcomes(double[] outcomes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getOutcome(int i) {
            return outcomes[i];
        }

        @Override
        public int getIndex(String outcome) {
            return List.of(outcomes).indexOf(outcome);
        }

        @Override
        public int getNumOutcomes() {
            return outcomes.length;
        }
    }

    private static final Fixed MAXENT = new Fixed(new String[] {"a", "b", "c"}, new double[] {0.6, 0.3, 0.1});

    @Test
    void theBlendIsTheNormalizedWeightedProductMatchedByOutcomeName() {
        // Naive Bayes lists its outcomes in another order: c, a, b.
        Fixed bayes = new Fixed(new String[] {"c", "a", "b"}, new double[] {0.0, 0.2, 0.8});
        BayesBlend blend = new BayesBlend(MAXENT, bayes, 0.5);

        double[] p = blend.blend(new double[] {0.6, 0.3, 0.1}, new String[] {"x"}, new float[] {1});

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
        Fixed bayes = new Fixed(new String[] {"a", "b", "c"}, new double[] {0.999, 0.001, 0.0});

        double[] p = new BayesBlend(MAXENT, bayes, 0.05).blend(new double[] {0.6, 0.3, 0.1}, new String[0], new float[0]);

        assertThat(p[0]).as("naive Bayes's certainty is not passed on").isBetween(0.6, 0.75);
    }

    @Test
    void aNaiveBayesModelWithoutOneOfTheIntentsIsRefused() {
        Fixed bayes = new Fixed(new String[] {"a", "b"}, new double[] {0.5, 0.5});

        assertThatThrownBy(() -> new BayesBlend(MAXENT, bayes, 0.1)).hasMessageContaining("c");
        assertThatThrownBy(() -> new BayesBlend(MAXENT, MAXENT, 1.0)).isInstanceOf(IllegalArgumentException.class);
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
