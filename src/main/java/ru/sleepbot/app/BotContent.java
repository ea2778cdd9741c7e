package ru.sleepbot.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.opennlp.ModelFile;
import ru.sleepbot.safety.Triage;

/**
 * The content and what reads messages with it, ready for the dialog: from the build's start-up
 * snapshot when it was made from this content and code ({@link StartSnapshot}), otherwise loaded
 * from YAML and compiled here (INTENTS_DIR with edited content: the model is then retrained too).
 * The bundled model file is read beside it on a thread of its own.
 */
record BotContent(KnowledgeBase knowledge, Triage triage, IntentClassifier classifier, RussianAnalyzer analyzer) {

    private static final Logger log = LoggerFactory.getLogger(BotContent.class);

    static BotContent load(Settings settings) {
        long start = System.nanoTime();
        CompletableFuture<Optional<ModelFile.Stored>> bundled =
                CompletableFuture.supplyAsync(ModelFile::bundled, Bot::onItsOwnThread);
        RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());
        Optional<StartSnapshot.Contents> snapshot = StartSnapshot.bundled(settings.intentsDir(), analyzer);
        KnowledgeBase knowledge;
        Triage triage;
        if (snapshot.isPresent()) {
            knowledge = snapshot.get().knowledge();
            triage = snapshot.get().triage();
        } else {
            knowledge = Bot.loadContent(settings);
            log.debug("content loaded from YAML in {} ms", StartSnapshot.millisSince(start));
            triage = Triage.fromContent(knowledge, analyzer);
            log.debug("triage rules compiled by {} ms", StartSnapshot.millisSince(start));
        }
        IntentClassifier classifier = IntentModels.classifier(knowledge, settings, bundled,
                snapshot.map(StartSnapshot.Contents::modelFingerprint));
        log.debug("content, triage and classifier ready in {} ms", StartSnapshot.millisSince(start));
        return new BotContent(knowledge, triage, classifier, analyzer);
    }
}
