package ru.sleepbot.dialog;

import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.IntentModel;
import ru.sleepbot.nlu.NluSettings;

/** The model trained on the repository's content with the production defaults, once per test run. */
public final class TrainedClassifier {

    private TrainedClassifier() {
    }

    /** Holder idiom: trained on first use, then shared read-only by every test that needs it. */
    private static final class Holder {
        static final IntentClassifier MODEL = IntentModel.train(DialogHarness.CONTENT.examples(),
                NluSettings.DEFAULTS.training()).classifier();
    }

    public static IntentClassifier shared() {
        return Holder.MODEL;
    }
}
