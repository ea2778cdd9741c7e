package ru.sleepbot.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import ru.sleepbot.app.Bot;
import ru.sleepbot.app.Settings;
import ru.sleepbot.content.IntentExample;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.IntentModel;
import ru.sleepbot.nlu.NluSettings;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;

/**
 * {@code bench nlu}: training time (the first, cold, as at start-up, and a second, warm), heap in
 * use after training, classification latency p50/p99 and single-thread throughput over 100 000
 * messages made from the content's examples with seeded typos, so most are not verbatim training text.
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
        NluSettings nlu = settings.nlu();
        List<IntentExample> examples = knowledge.examples();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        IntentModel model = IntentModel.train(examples, nlu.training());
        long coldMillis = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = usedHeap();
        start = System.nanoTime();
        IntentModel.train(examples, nlu.training());
        long warmMillis = (System.nanoTime() - start) / 1_000_000;
        IntentClassifier classifier = model.classifier();
        // Timed per message as the bot does it: read once (normalize, tokens, stems), then classify.
        RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());
        out.printf(Locale.ROOT, "model: %s, %d examples, %d intents%n", nlu.training(), examples.size(),
                model.intents().size());
        out.printf(Locale.ROOT, "training: %d ms cold (as at start-up), %d ms warm%n", coldMillis, warmMillis);
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
    private static String[] messages(List<IntentExample> examples) {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>(MESSAGES);
        for (int i = 0; i < MESSAGES; i++) {
            StringBuilder text = new StringBuilder(examples.get(i % examples.size()).text());
            if (text.length() > 3) {
                int at = 1 + random.nextInt(text.length() - 2);
                switch (random.nextInt(4)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, text.charAt(at));
                    case 2 -> {
                        char c = text.charAt(at);
                        text.setCharAt(at, text.charAt(at - 1));
                        text.setCharAt(at - 1, c);
                    }
                    default -> { }
                }
            }
            texts.add(text.toString());
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
