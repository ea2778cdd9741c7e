package ru.sleepbot.dialog;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import ru.sleepbot.content.Messages;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.NluSettings;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;

/** Test shorthand: an engine of a few features, the production policy, no warning signs. */
public final class Engines {

    private Engines() {
    }

    public static DialogEngine of(IntentClassifier classifier, Messages messages, Clock clock, List<Feature> features,
                                  Feature fallback) {
        return new DialogEngine(new DialogEngine.Parts(classifier, NluSettings.DEFAULTS.policy(),
                new RussianAnalyzer(new TextNormalizer()), said -> Optional.empty(), messages, new Menus(DialogHarness.CONTENT), clock,
                new CaffeineSessionStore(SessionSettings.DEFAULT, clock), new StripedChatLock(), features, fallback));
    }
}
