package ru.sleepbot.app;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.UnderstandingPolicy;

/**
 * {@code classify}: one message per input line, one line out per line in, in order:
 * {@code intent<TAB>confidence<TAB>runner_up<TAB>runner_up_confidence}. Buffered both ways so
 * that 100 000 lines pass quickly; output is flushed whenever the input has nothing more ready,
 * so the command also answers line by line when a person types into it.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify messages, one per line of stdin: intent (a taxonomy id), confidence, runner-up, its confidence, finer intent.")
final class ClassifyCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        Settings settings = Settings.fromEnvironment();
        IntentClassifier classifier = Bot.classifier(Bot.loadContent(settings), settings);
        UnderstandingPolicy policy = settings.nlu().policy();
        RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder line = new StringBuilder(96);
        String text;
        while ((text = in.readLine()) != null) {
            Classification c = policy.decide(classifier.classify(analyzer.analyze(text)));
            line.setLength(0);
            line.append(c.intent()).append('\t');
            appendConfidence(line, c.confidence());
            line.append('\t').append(c.runnerUp()).append('\t');
            appendConfidence(line, c.runnerUpConfidence());
            line.append('\t').append(c.fineIntent());
            line.append('\n');
            out.append(line);
            if (!in.ready()) {
                out.flush();
            }
        }
        out.flush();
        return 0;
    }

    /** Four decimals without String.format, which would dominate the time per line. */
    static void appendConfidence(StringBuilder out, double value) {
        long scaled = Math.round(Math.max(0, Math.min(1, value)) * 10_000);
        out.append(scaled / 10_000).append('.');
        String fraction = Long.toString(scaled % 10_000);
        out.append("0".repeat(4 - fraction.length())).append(fraction);
    }
}
