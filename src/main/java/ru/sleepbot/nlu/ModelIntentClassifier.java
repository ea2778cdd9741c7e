package ru.sleepbot.nlu;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bot's classifier: the trained model's raw ranking (thresholds are the policy's). */
final class ModelIntentClassifier implements IntentClassifier {

    private static final Logger log = LoggerFactory.getLogger(ModelIntentClassifier.class);

    private final IntentModel model;

    ModelIntentClassifier(IntentModel model) {
        this.model = java.util.Objects.requireNonNull(model, "model");
    }

    @Override
    public Classification classify(Utterance utterance) {
        try {
            return model.rank(utterance).decide(0);
        } catch (RuntimeException e) {
            // The contract is "never throws": a failure here must not cost the user a reply.
            // The text is health data, so only its length is logged.
            log.warn("classification failed for a message of {} chars", utterance.raw().length(), e);
            return Ranking.NOTHING.decide(0);
        }
    }
}
