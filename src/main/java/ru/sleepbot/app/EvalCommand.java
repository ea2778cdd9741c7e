package ru.sleepbot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.Evaluation;
import ru.sleepbot.nlu.IntentEvaluator;
import ru.sleepbot.nlu.IntentLearner;
import ru.sleepbot.nlu.IntentSample;
import ru.sleepbot.nlu.LabelledMessage;
import ru.sleepbot.nlu.NluSettings;
import ru.sleepbot.nlu.opennlp.Cues;
import ru.sleepbot.nlu.opennlp.OpenNlpLearner;
import ru.sleepbot.nlu.opennlp.TrainingOptions;

/** {@code eval}: how well the intent classifier does, by cross-validation or on a labelled file. */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = SafetyEvalCommand.class,
        description = "Evaluate the intent classifier: stratified K-fold cross-validation over intents/, "
                + "or scoring a labelled file (label<TAB>text, or label<TAB>split<TAB>style<TAB>about<TAB>text). "
                + "'eval safety FILE...' scores the triage rules.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--cv", paramLabel = "K", description = "Folds of cross-validation (default ${DEFAULT-VALUE}).")
    int folds = IntentEvaluator.DEFAULT_FOLDS;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Score this file with a model trained on all of intents/; its calib rows fit calibration "
                    + "and thresholds, its test rows are scored.")
    Path data;

    @Option(names = "--peer", description = "Also train the peer learner (Lucene, test scope) on the same examples "
            + "and print both side by side.")
    boolean peer;

    @Option(names = "--ablations", description = "Also train the bot's learner without each part of its reading "
            + "(sentence weights, concepts) and print all side by side.")
    boolean ablations;

    @Option(names = "--compare", description = "Also cross-validate OpenNLP's other learners (GIS maxent, naive "
            + "Bayes, perceptron) with their tuned options.")
    boolean compare;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "Also write the messages the model got wrong to FILE, as "
                    + "label<TAB>answered<TAB>confidence<TAB>runner_up<TAB>text lines, for content editors.")
    Path misses;

    @Option(names = "--tune", description = "Cross-validate every learner over a grid of cutoffs and iterations.")
    boolean tune;

    @Option(names = "--dialogs", paramLabel = "DIR",
            description = "Play the conversations in DIR (> user line, = expected kinds) through the production "
                    + "dialog and print the share of turns answered right.")
    Path dialogs;

    @Option(names = "--clock", paramLabel = "INSTANT",
            description = "With --dialogs: the instant the conversations start at (ISO, e.g. 2026-12-01T17:00:00Z), "
                    + "so that every run plays them the same; now without it. Each turn comes 30 s after the one before.")
    Instant clock;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        if (dialogs != null) {
            Instant start = clock == null ? Instant.now() : clock;
            return DialogsEvaluation.run(settings, dialogs, start, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        }
        NluSettings nlu = settings.nlu();
        KnowledgeBase knowledge = Bot.loadContent(settings);
        List<IntentSample> samples = IntentSample.of(knowledge);
        Cues cues = Cues.from(knowledge.lexicon());
        List<IntentLearner> learners = new ArrayList<>(tune ? OpenNlpLearner.grid(cues)
                : ablations ? OpenNlpLearner.ablations(cues)
                : compare ? OpenNlpLearner.withAlternatives(cues)
                : List.of(new OpenNlpLearner(TrainingOptions.best(), cues)));
        if (peer) {
            Optional<IntentLearner> found = PeerLearners.find();
            if (found.isEmpty()) {
                System.err.println("The peer learner is not in this jar (it lives in test scope); run: "
                        + PeerLearners.COMMAND);
                return 2;
            }
            learners.add(found.get());
        }
        IntentEvaluator evaluator = new IntentEvaluator(folds);
        Evaluation evaluation = data == null
                ? evaluator.crossValidate(samples, learners, nlu)
                : evaluator.score(samples, EvalReport.readData(data, samples), learners, nlu);
        if (misses != null) {
            Files.write(misses, EvalReport.missLines(evaluation.misses()), StandardCharsets.UTF_8);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(evaluation));
        } else {
            EvalReport.print(evaluation, nlu, out);
        }
        return 0;
    }
}
