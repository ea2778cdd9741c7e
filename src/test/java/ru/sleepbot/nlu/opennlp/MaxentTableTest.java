package ru.sleepbot.nlu.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import org.junit.jupiter.api.Test;

class MaxentTableTest {

    @Test
    void givesOpenNlpsOwnMaxentProbabilitiesToTheLastBit() throws Exception {
        Random random = new Random(13);
        TrainingOptions options = new TrainingOptions(Algorithm.MAXENT_QN, 0, 30, 0.3);
        MaxentModel maxent = TrainerFactory.getEventTrainer(options.parameters(), null)
                .train(ObjectStreamUtils.createObjectStream(BayesTableTest.events(random, 80)));
        FeatureIndex index = FeatureIndex.of(List.of(maxent));
        MaxentTable table = MaxentTable.of((AbstractModel) maxent, index);

        for (Event event : BayesTableTest.events(random, 200)) {
            String[] names = event.getContext();
            if (random.nextInt(4) == 0) {
                names = names.clone();
                names[0] = "невиданное";
            }
            double[] expected = maxent.eval(names, event.getValues());
            double[] got = table.probabilities(index.ids(names, names.length), event.getValues(), names.length);
            assertThat(got).as(List.of(names).toString()).containsExactly(expected);
        }
    }
}
