package ru.sleepbot.dialog;

import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.IntentSample;
import ru.sleepbot.nlu.NluSettings;
import ru.sleepbot.nlu.opennlp.Cues;
import ru.sleepbot.nlu.opennlp.OpenNlpLearner;
import ru.sleepbot.nlu.opennlp.TrainingOptions;

/**
 * The classifier as production builds it from the repository's content (the bot's learner, its
 * cues, the default calibration), trained once per test run.
 */
public final class TrainedClassifier {

    private TrainedClassifier() {
    }

    /** Holder idiom: trained on first use, then shared read-only by every test that needs it. */
    private static final class Holder {
        static final IntentClassifier MODEL = NluSettings.DEFAULTS.calibration().applyTo(
                new OpenNlpLearner(TrainingOptions.best(), Cues.from(DialogHarness.CONTENT.lexicon()))
                        .train(IntentSample.of(DialogHarness.CONTENT)));
    }

    public static IntentClassifier shared() {
        return Holder.MODEL;
    }
}
