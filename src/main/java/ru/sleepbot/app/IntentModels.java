package ru.sleepbot.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.IntentSample;
import ru.sleepbot.nlu.opennlp.Cues;
import ru.sleepbot.nlu.opennlp.IntentModel;
import ru.sleepbot.nlu.opennlp.ModelFile;
import ru.sleepbot.nlu.opennlp.TrainingOptions;

/**
 * The intent classifier for the content being run: the model the build trained at package time
 * when it was trained on exactly this content (its fingerprint says so), otherwise one trained
 * now, which takes a few seconds (edited content in INTENTS_DIR).
 */
final class IntentModels {

    private static final Logger log = LoggerFactory.getLogger(IntentModels.class);

    private IntentModels() {
    }

    /** The fingerprint of the training run this content makes ({@link ModelFile#fingerprint}). */
    static String fingerprint(KnowledgeBase knowledge) {
        return ModelFile.fingerprint(IntentSample.of(knowledge), Cues.from(knowledge.lexicon()), TrainingOptions.best());
    }

    /**
     * The classifier, calibrated as the settings say.
     *
     * @param bundled     the model read from the jar (read beside the content)
     * @param fingerprint this content's model fingerprint when the start-up snapshot already knows
     *                    it; otherwise it is worked out from the training examples
     */
    static IntentClassifier classifier(KnowledgeBase knowledge, Settings settings,
                                       CompletableFuture<Optional<ModelFile.Stored>> bundled,
                                       Optional<String> fingerprint) {
        long start = System.nanoTime();
        Cues cues = Cues.from(knowledge.lexicon());
        TrainingOptions options = TrainingOptions.best();
        String expected = fingerprint.orElseGet(() -> fingerprint(knowledge));
        Optional<IntentModel> loaded = bundled.join().flatMap(stored -> stored.fitting(expected, cues));
        IntentModel model;
        if (loaded.isPresent()) {
            model = loaded.get();
            log.info("intent model loaded ({} ms after the content)", StartSnapshot.millisSince(start));
        } else {
            List<IntentSample> samples = IntentSample.of(knowledge);
            model = IntentModel.train(samples, cues, options);
            log.info("intent model ({}) trained on {} examples in {} ms (no bundled model for this content)",
                    options, samples.size(), StartSnapshot.millisSince(start));
        }
        return settings.nlu().calibration().applyTo(model.classifier());
    }
}
