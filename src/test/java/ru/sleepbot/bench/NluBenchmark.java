package ru.sleepbot.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import ru.sleepbot.app.Bot;
import ru.sleepbot.app.Settings;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.IntentSample;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.opennlp.Cues;
import ru.sleepbot.nlu.opennlp.IntentModel;
import ru.sleepbot.nlu.opennlp.ModelFile;
import ru.sleepbot.nlu.opennlp.TrainingOptions;

/**
 * {@code bench nlu}: training time (cold and warm), the size of the model file the build writes and
 * the time to check and load it (what start-up does), heap in use after training, and the latency
 * p50/p99 and single-thread throughput of the calibrated classifier over 100 000 messages made from
 * the content's examples with seeded typos, so most are not verbatim training text.
 */
final class NluBenchmark implements Benchmark {

    private static final int MESSAGES = 100_000;
    private static final int WARM_UP = 20_000;

    @Override
    public String name() {
        return "nlu";
    }

    @Override
    public void run(Settings settings, PrintStream out) {
        KnowledgeBase knowledge = Bot.loadContent(settings);
        List<IntentSample> examples = IntentSample.of(knowledge);
        Cues cues = Cues.from(knowledge.lexicon());
        TrainingOptions options = TrainingOptions.best();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        IntentModel model = IntentModel.train(examples, cues, options);
        long coldMillis = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = usedHeap();
        start = System.nanoTime();
        IntentModel.train(examples, cues, options);
        long warmMillis = (System.nanoTime() - start) / 1_000_000;
        String fingerprint = ModelFile.fingerprint(examples, cues, options);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            ModelFile.write(model, fingerprint, file);
            start = System.nanoTime();
            ModelFile.read(new ByteArrayInputStream(file.toByteArray()))
                    .fitting(ModelFile.fingerprint(examples, cues, options), cues).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        IntentClassifier classifier = settings.nlu().calibration().applyTo(model.classifier());
        // Timed per message as the bot does it: read once (normalize, tokens, stems), then classify.
        RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());
        out.printf(Locale.ROOT, "model: %s, %d examples, %d intents, %d concept lists%n", options, examples.size(),
                model.intents().size(), cues.conceptCount());
        out.printf(Locale.ROOT, "training: %d ms cold, %d ms warm; the built model file: %.1f MB, "
                + "fingerprint and load %d ms (as at start-up)%n", coldMillis, warmMillis, file.size() / 1e6, loadMillis);
        out.printf(Locale.ROOT, "heap in use after training: %.1f MB (%.1f MB before training)%n",
                heapAfter / 1e6, heapBefore / 1e6);

        String[] messages = messages(examples);
        double sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += classifier.classify(analyzer.analyze(messages[i % messages.length])).confidence();
        }
        long[] nanos = new long[messages.length];
        for (int i = 0; i < messages.length; i++) {
            long t = System.nanoTime();
            sink += classifier.classify(analyzer.analyze(messages[i])).confidence();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        start = System.nanoTime();
        for (String message : messages) {
            sink += classifier.classify(analyzer.analyze(message)).confidence();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "latency over %d messages: p50 %.1f us, p99 %.1f us, max %.1f us%n", messages.length,
                nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3, nanos[nanos.length - 1] / 1e3);
        out.printf(Locale.ROOT, "throughput, one thread: %.0f messages/s (%d messages in %.2f s)%n",
                messages.length / seconds, messages.length, seconds);
        if (Double.isNaN(sink)) {
            out.println("(impossible: keeps the work from being optimised away)");
        }
    }

    /** Examples cycled to 100 000 lines, most with one seeded edit: a dropped, doubled or swapped letter. */
    private static String[] messages(List<IntentSample> examples) {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>(MESSAGES);
        for (int i = 0; i < MESSAGES; i++) {
            texts.add(SeededTypos.seed(examples.get(i % examples.size()).text(), random));
        }
        return texts.toArray(String[]::new);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
