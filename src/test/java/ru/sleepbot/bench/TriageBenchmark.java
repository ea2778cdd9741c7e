package ru.sleepbot.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import ru.sleepbot.app.Bot;
import ru.sleepbot.app.Settings;
import ru.sleepbot.content.IntentExample;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.safety.Level;
import ru.sleepbot.safety.Triage;
import ru.sleepbot.safety.TriageSample;

/**
 * {@code bench triage}: what triage adds to every message. Messages are read once into an
 * {@link Utterance} outside the clock (the dialog does that once per message for every reader);
 * the clock covers {@link Triage#assess} alone. Two mixes: the content's training examples with
 * a seeded typo in most (what the bot mostly receives), and the tuned triage table
 * (triage-table.tsv and own-phrasings.tsv: emergencies, transliteration, and a tenth of long
 * stories of 600-3 500 characters). Latency p50/p99/max per message, and one-thread throughput.
 */
final class TriageBenchmark implements Benchmark {

    private static final int ROUNDS = 200_000;
    private static final int WARM_UP = 200_000;
    private static final Path TABLES = Path.of("src/test/resources/safety");

    @Override
    public String name() {
        return "triage";
    }

    @Override
    public void run(Settings settings, PrintStream out) throws IOException {
        KnowledgeBase knowledge = Bot.loadContent(settings);
        RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());
        long start = System.nanoTime();
        Triage triage = Triage.fromContent(knowledge, analyzer);
        out.printf(Locale.ROOT, "rules compiled in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        Utterance[] everyday = read(analyzer, withTypos(knowledge.examples()));
        List<String> table = new ArrayList<>();
        for (String file : List.of("triage-table.tsv", "own-phrasings.tsv")) {
            TriageSample.parse(Files.readAllLines(TABLES.resolve(file), StandardCharsets.UTF_8))
                    .forEach(s -> table.add(s.text()));
        }
        Utterance[] tables = read(analyzer, table);
        Utterance[] longOnes = Arrays.stream(tables).filter(u -> u.raw().length() >= 600).toArray(Utterance[]::new);
        measure("warm-up", triage, concat(everyday, tables), WARM_UP, null);
        measure("training examples with typos", triage, everyday, ROUNDS, out);
        measure("triage tables (emergencies, long stories)", triage, tables, ROUNDS, out);
        measure("long stories only (600-3 500 characters)", triage, longOnes, ROUNDS / 10, out);
    }

    private static void measure(String what, Triage triage, Utterance[] messages, int rounds, PrintStream out) {
        long[] nanos = new long[rounds];
        int alarms = 0;
        long begin = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            Utterance said = messages[i % messages.length];
            long t = System.nanoTime();
            Level level = triage.assess(said).level();
            nanos[i] = System.nanoTime() - t;
            if (level != Level.ROUTINE) {
                alarms++;
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        if (out == null) {
            return;
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "%s: %d distinct, %d assessed: p50 %.1f us, p99 %.1f us, max %.1f us; "
                        + "%.0f messages/s on one thread (%d not routine)%n", what, messages.length, rounds,
                nanos[rounds / 2] / 1e3, nanos[(int) (rounds * 0.99)] / 1e3, nanos[rounds - 1] / 1e3,
                rounds / seconds, alarms);
    }

    private static Utterance[] read(RussianAnalyzer analyzer, List<String> texts) {
        return texts.stream().map(analyzer::analyze).toArray(Utterance[]::new);
    }

    private static Utterance[] concat(Utterance[] a, Utterance[] b) {
        Utterance[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Each example once, three in four with one seeded edit: a dropped, doubled or swapped letter. */
    private static List<String> withTypos(List<IntentExample> examples) {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>(examples.size());
        for (IntentExample example : examples) {
            texts.add(SeededTypos.seed(example.text(), random));
        }
        return texts;
    }
}
