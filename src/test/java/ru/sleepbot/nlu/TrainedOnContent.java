package ru.sleepbot.nlu;

import java.nio.file.Path;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;

/** Test fixture: the repository's intents/ content and a model trained on it with the defaults. */
final class TrainedOnContent {

    final KnowledgeBase knowledge;
    final IntentModel model;
    final IntentClassifier classifier;

    TrainedOnContent() {
        this.knowledge = new ContentLoader().load(Path.of("intents"));
        this.model = IntentModel.train(knowledge.examples(), NluSettings.DEFAULTS.training());
        this.classifier = model.classifier();
    }
}
