package ru.sleepbot.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.safety.Level;
import ru.sleepbot.safety.Triage;
import ru.sleepbot.safety.TriageEvaluator;
import ru.sleepbot.safety.TriageSample;
import ru.sleepbot.safety.TriageScores;

/** {@code eval safety FILE...}: recall per triage level and false alarms on level<TAB>sign<TAB>text tables. */
@Command(name = "safety", mixinStandardHelpOptions = true,
        description = "Score the triage rules of intents/safety/ on tables of level<TAB>sign<TAB>text lines "
                + "(levels: emergency, urgent, medicine, none).")
final class SafetyEvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Triage tables to score.")
    List<Path> files;

    @Option(names = "--misses", description = "Also print every message triaged at another level or sign "
            + "(never use it on a held-out table).")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        KnowledgeBase knowledge = Bot.loadContent(Settings.fromEnvironment());
        RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());
        Triage triage = Triage.fromContent(knowledge, analyzer);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (Path file : files) {
            List<TriageSample> samples = TriageSample.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
            TriageScores scores = TriageEvaluator.score(triage, analyzer::analyze, samples);
            print(file, samples.size(), scores, out);
        }
        return 0;
    }

    private void print(Path file, int size, TriageScores s, PrintStream out) {
        out.printf(Locale.ROOT, "%s: %d messages%n", file, size);
        out.printf(Locale.ROOT, "  %-10s %8s %8s %8s%n", "level", "messages", "recall", "exact");
        for (Level level : Level.values()) {
            TriageScores.LevelScore l = s.levels().get(level);
            out.printf(Locale.ROOT, "  %-10s %8d %7.1f%% %7.1f%%%n", level.key(), l.messages(), 100 * l.recall(),
                    100 * l.exactShare());
        }
        out.printf(Locale.ROOT, "  false alarms (none answered as emergency or urgent): %.1f%% (%d)%n",
                100 * s.falseAlarms(), s.falseAlarmCount());
        out.printf(Locale.ROOT, "  medicine risks answered safely: %.1f%%%n", 100 * s.medicineSafe());
        out.printf(Locale.ROOT, "  alarms naming the expected sign: %.1f%%%n", 100 * s.signAgreement());
        if (misses) {
            for (TriageScores.Miss m : s.misses()) {
                out.printf("  MISS %s/%s -> %s/%s: %s%n", m.expected().level().key(), m.expected().sign(),
                        m.got().level().key(), m.got().sign(), m.expected().text());
            }
        }
        out.println();
    }
}
