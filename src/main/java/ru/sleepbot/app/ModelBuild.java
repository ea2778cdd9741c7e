package ru.sleepbot.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.IntentSample;
import ru.sleepbot.nlu.opennlp.Cues;
import ru.sleepbot.nlu.opennlp.IntentModel;
import ru.sleepbot.nlu.opennlp.ModelFile;
import ru.sleepbot.nlu.opennlp.TrainingOptions;

/**
 * The build's model step (Maven runs it at prepare-package): trains the intent model on the
 * content folder and writes it where the jar picks it up, so that the bot loads it at start
 * instead of training. Arguments: the content folder and the model file to write.
 */
public final class ModelBuild {

    private ModelBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ModelBuild <intents folder> <model file>");
        }
        KnowledgeBase knowledge = new ContentLoader().load(Path.of(args[0]));
        List<IntentSample> samples = IntentSample.of(knowledge);
        Cues cues = Cues.from(knowledge.lexicon());
        TrainingOptions options = TrainingOptions.best();
        IntentModel model = IntentModel.train(samples, cues, options);
        Path file = Path.of(args[1]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            ModelFile.write(model, ModelFile.fingerprint(samples, cues, options), out);
        }
    }
}
