package ru.sleepbot.nlu.opennlp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.Utterance;

/** A trained model's raw classification (calibration and thresholds are the caller's). */
final class ModelIntentClassifier implements IntentClassifier {

    private static final Logger log = LoggerFactory.getLogger(ModelIntentClassifier.class);

    private final IntentModel model;

    ModelIntentClassifier(IntentModel model) {
        this.model = java.util.Objects.requireNonNull(model, "model");
    }

    @Override
    public Classification classify(Utterance utterance) {
        try {
            return model.classify(utterance);
        } catch (RuntimeException e) {
            // The contract is "never throws": a failure here must not cost the user a reply.
            // The text is health data, so only its length is logged.
            log.warn("classification failed for a message of {} chars", utterance.raw().length(), e);
            return new Classification(Classification.OUT_OF_SCOPE, 1.0, Classification.OUT_OF_SCOPE, 0.0,
                    Classification.OUT_OF_SCOPE);
        }
    }
}
