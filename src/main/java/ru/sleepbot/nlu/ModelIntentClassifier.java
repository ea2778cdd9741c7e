package ru.sleepbot.nlu;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bot's classifier: the trained model's ranking, decided with the configured thresholds. */
final class ModelIntentClassifier implements IntentClassifier {

    private static final Logger log = LoggerFactory.getLogger(ModelIntentClassifier.class);

    private final IntentModel model;
    private final NluSettings settings;

    ModelIntentClassifier(IntentModel model, NluSettings settings) {
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Classification classify(String text) {
        try {
            return model.rank(text).decide(settings.minConfidence());
        } catch (RuntimeException e) {
            // The contract is "never throws": a failure here must not cost the user a reply.
            // The text is health data, so only its length is logged.
            log.warn("classification failed for a message of {} chars", text == null ? 0 : text.length(), e);
            return Ranking.NOTHING.decide(settings.minConfidence());
        }
    }

    @Override
    public double clarifyMargin() {
        return settings.clarifyMargin();
    }
}
