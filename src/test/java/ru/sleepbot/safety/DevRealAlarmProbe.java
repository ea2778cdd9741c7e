package ru.sleepbot.safety;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;

/**
 * A tool for rule editors, not a test: counts the alarms triage raises on a table of ordinary
 * users' messages in the NLU format (label, split, style, about, text), per level and per NLU
 * label, without printing any message (the dev set is blind: it is measured, never read to tune).
 * Run: {@code java -cp target/classes:target/test-classes:<deps> ru.sleepbot.safety.DevRealAlarmProbe
 * src/test/resources/nlu/dev-real.tsv}.
 */
public final class DevRealAlarmProbe {

    private DevRealAlarmProbe() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase knowledge = new ContentLoader().load(Path.of("intents"));
        RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());
        RuleBook book = RuleBook.load(knowledge);
        Triage triage = new RuleTriage(book, analyzer);
        Reader reader = new Reader(book, analyzer);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<Level, Integer> perLevel = new TreeMap<>();
        Map<String, Integer> perLabel = new TreeMap<>();
        int messages = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (line.startsWith("#") || cols.length < 5) {
                continue;
            }
            messages++;
            Assessment got = triage.assess(analyzer.analyze(cols[cols.length - 1]));
            perLevel.merge(got.level(), 1, Integer::sum);
            if (got.level().atLeast(Level.URGENT)) {
                perLabel.merge(cols[0] + " -> " + got.level().key() + "/" + got.sign() + " rule "
                        + firstRule(book, reader, analyzer, cols[cols.length - 1], got.sign()), 1, Integer::sum);
            }
        }
        out.println("messages: " + messages);
        perLevel.forEach((level, n) -> out.println("  " + level.key() + ": " + n));
        perLabel.forEach((key, n) -> out.println("  alarm " + key + ": " + n));
    }

    /** Which rule of the sign decided (1-based), so that a rule editor can see which rule fires. */
    private static int firstRule(RuleBook book, Reader reader, RussianAnalyzer analyzer, String text, String sign) {
        Mentions mentions = Mentions.find(reader.read(analyzer.analyze(text)), book);
        for (Sign s : book.signs) {
            if (!s.id().equals(sign)) {
                continue;
            }
            for (int r = 0; r < s.rules().size(); r++) {
                if (RuleMatch.find(s.rules().get(r), mentions, new boolean[book.concepts.size()]) != null) {
                    return r + 1;
                }
            }
        }
        return 0;
    }
}
