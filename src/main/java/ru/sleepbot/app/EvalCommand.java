package ru.sleepbot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.sleepbot.content.IntentExample;
import ru.sleepbot.nlu.AlgorithmScore;
import ru.sleepbot.nlu.Evaluation;
import ru.sleepbot.nlu.IntentEvaluator;
import ru.sleepbot.nlu.LabelledText;
import ru.sleepbot.nlu.NluSettings;

/** {@code eval}: how well the intent classifier does, by cross-validation or on a labelled file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate the intent classifier: stratified K-fold cross-validation over intents/, "
                + "or scoring a file of label<TAB>text lines.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--cv", paramLabel = "K", description = "Folds of cross-validation (default ${DEFAULT-VALUE}).")
    int folds = IntentEvaluator.DEFAULT_FOLDS;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Score this label<TAB>text file (header allowed) with a model trained on all of intents/.")
    Path data;

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

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        if (dialogs != null) {
            return DialogsEvaluation.run(settings, dialogs, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        }
        NluSettings nlu = settings.nlu();
        List<IntentExample> examples = Bot.loadContent(settings).examples();
        IntentEvaluator evaluator = new IntentEvaluator(folds);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (tune) {
            List<AlgorithmScore> rows = evaluator.tune(examples, nlu);
            if (json) {
                out.println(mapper().writeValueAsString(rows));
            } else {
                EvalReport.printAlgorithms(rows, out);
            }
            return 0;
        }
        Evaluation evaluation = data == null
                ? evaluator.crossValidate(examples, nlu)
                : evaluator.score(examples, LabelledText.parse(Files.readAllLines(data, StandardCharsets.UTF_8)), nlu);
        if (misses != null) {
            Files.write(misses, EvalReport.missLines(evaluation.misses()), StandardCharsets.UTF_8);
        }
        if (json) {
            out.println(mapper().writeValueAsString(evaluation));
        } else {
            EvalReport.print(evaluation, out);
        }
        return 0;
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
