package ru.sleepbot.nlu.opennlp;

import java.nio.file.Path;
import java.util.List;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.IntentSample;

/** Test fixture: the repository's intents/ content and a model trained on it with the defaults. */
final class TrainedOnContent {

    final KnowledgeBase knowledge;
    final List<IntentSample> samples;
    final Cues cues;
    final IntentModel model;
    final IntentClassifier classifier;

    TrainedOnContent() {
        this.knowledge = new ContentLoader().load(Path.of("intents"));
        this.samples = IntentSample.of(knowledge);
        this.cues = Cues.from(knowledge.lexicon());
        this.model = IntentModel.train(samples, cues, TrainingOptions.best());
        this.classifier = model.classifier();
    }
}
