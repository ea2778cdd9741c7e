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

    /** Lets every message through: these engines test the features, not triage. */
    private static final Guard NO_GUARD = new Guard() {
        @Override
        public Optional<Guarded> check(Turn turn, ru.sleepbot.nlu.Utterance said) {
            return Optional.empty();
        }

        @Override
        public void leave(Turn turn) {
        }
    };

    private Engines() {
    }

    public static DialogEngine of(IntentClassifier classifier, Messages messages, Clock clock, List<Feature> features,
                                  Feature fallback) {
        return new DialogEngine(new DialogEngine.Parts(classifier, NluSettings.DEFAULTS.policy(),
                new RussianAnalyzer(new TextNormalizer()), NO_GUARD, messages, new Menus(DialogHarness.CONTENT), clock,
                new CaffeineSessionStore(SessionSettings.DEFAULT, clock), new StripedChatLock(), features, fallback));
    }
}
