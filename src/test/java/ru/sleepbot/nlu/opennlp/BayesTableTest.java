package ru.sleepbot.nlu.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import org.junit.jupiter.api.Test;

class BayesTableTest {

    private static final String[] WORDS = {"храп", "ног", "дерга", "сон", "ребен", "ночь", "сердц", "страх", "икр", "судорог"};
    private static final String[] INTENTS = {"snoring", "legs", "jerks", "child", "heart", "fear"};

    /** Random weighted events over a small vocabulary, so that most intents share some words (also MaxentTableTest's). */
    static List<Event> events(Random random, int count) {
        List<Event> events = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            int size = 1 + random.nextInt(5);
            String[] names = new String[size];
            float[] values = new float[size];
            for (int f = 0; f < size; f++) {
                names[f] = WORDS[random.nextInt(WORDS.length)];
                values[f] = random.nextBoolean() ? 1f : 0.25f + random.nextFloat();
            }
            events.add(new Event(INTENTS[random.nextInt(INTENTS.length)], names, values));
        }
        return events;
    }

    private static MaxentModel trained(Random random) throws Exception {
        return TrainerFactory.getEventTrainer(TrainingOptions.tuned(Algorithm.NAIVE_BAYES).parameters(), null)
                .train(ObjectStreamUtils.createObjectStream(events(random, 60)));
    }

    /** The table of a model over its own features, looked up by name as a message does. */
    private record Indexed(FeatureIndex index, BayesTable table) {

        Indexed(MaxentModel bayes) {
            this(FeatureIndex.of(List.of(bayes)), bayes);
        }

        private Indexed(FeatureIndex index, MaxentModel bayes) {
            this(index, BayesTable.of(bayes, index));
        }

        double[] logProbabilities(String[] names, float[] values) {
            float[] counted = values;
            if (counted == null) {
                counted = new float[names.length];
                java.util.Arrays.fill(counted, 1f);
            }
            return table.logProbabilities(index.ids(names, names.length), counted, names.length);
        }
    }

    @Test
    void givesOpenNlpsOwnNaiveBayesProbabilitiesWhenFeaturesCountOne() throws Exception {
        Random random = new Random(7);
        MaxentModel bayes = trained(random);
        Indexed table = new Indexed(bayes);

        assertThat(table.table().outcomeCount()).isEqualTo(bayes.getNumOutcomes());
        for (int trial = 0; trial < 200; trial++) {
            String[] context = events(random, 1).get(0).getContext();
            String[] names = trial % 5 == 0 ? new String[] {"невиданное", context[0]} : context;
            float[] ones = new float[names.length];
            java.util.Arrays.fill(ones, 1f);
            double[] expected = bayes.eval(names, ones);
            double[] log = table.logProbabilities(names, ones);
            for (int i = 0; i < expected.length; i++) {
                assertThat(Math.exp(log[i])).as("intent %s of %s", bayes.getOutcome(i), List.of(names))
                        .isCloseTo(expected[i], within(1e-9));
            }
        }
    }

    @Test
    void aFeatureOfHalfWeightGivesHalfItsEvidenceForOneIntentOverAnother() throws Exception {
        Indexed table = new Indexed(trained(new Random(11)));

        for (String word : WORDS) {
            double[] none = table.logProbabilities(new String[] {word}, new float[] {0f});
            double[] half = table.logProbabilities(new String[] {word}, new float[] {0.5f});
            double[] full = table.logProbabilities(new String[] {word}, new float[] {1f});
            for (int i = 1; i < none.length; i++) {
                double fromNone = (none[i] - none[0]);
                assertThat(half[i] - half[0] - fromNone).as(word)
                        .isCloseTo(0.5 * (full[i] - full[0] - fromNone), within(1e-9));
            }
        }
    }

    @Test
    void aMessageOfUnknownWordsGetsThePriorOfEachIntent() throws Exception {
        MaxentModel bayes = trained(new Random(3));

        double[] log = new Indexed(bayes).logProbabilities(new String[] {"ничего"}, null);

        double[] expected = bayes.eval(new String[] {"ничего"});
        double sum = 0;
        for (int i = 0; i < log.length; i++) {
            assertThat(Math.exp(log[i])).isCloseTo(expected[i], within(1e-12));
            sum += Math.exp(log[i]);
        }
        assertThat(sum).isCloseTo(1, within(1e-12));
    }

    @Test
    void keepsOnlyTheCountsAboveZeroOfOpenNlpsFullTable() throws Exception {
        MaxentModel bayes = trained(new Random(5));
        Indexed table = new Indexed(bayes);

        int cells = 0;
        for (opennlp.tools.ml.model.Context row
                : (opennlp.tools.ml.model.Context[]) ((opennlp.tools.ml.model.AbstractModel) bayes).getDataStructures()[0]) {
            cells += row.getOutcomes().length;
        }
        assertThat(table.table().atOne()).hasSizeLessThan(cells).doesNotContain(0.0);
        double[] log = table.logProbabilities(WORDS, null);
        double[] expected = bayes.eval(WORDS);
        for (int i = 0; i < log.length; i++) {
            assertThat(Math.exp(log[i])).isCloseTo(expected[i], within(1e-9));
        }
    }
}
