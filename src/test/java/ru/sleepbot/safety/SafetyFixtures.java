package ru.sleepbot.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;

/** The repository's content, its triage and the triage tables, loaded once for the safety tests. */
final class SafetyFixtures {

    static final KnowledgeBase CONTENT = new ContentLoader().load(Path.of("intents"));
    static final RussianAnalyzer ANALYZER = new RussianAnalyzer(new TextNormalizer());
    static final RuleBook BOOK = RuleBook.load(CONTENT);
    static final Triage TRIAGE = new RuleTriage(BOOK, ANALYZER);
    static final Path TABLES = Path.of("src/test/resources/safety");

    private SafetyFixtures() {
    }

    static Assessment assess(String text) {
        return TRIAGE.assess(ANALYZER.analyze(text));
    }

    static List<TriageSample> table(String file) {
        try {
            return TriageSample.parse(Files.readAllLines(TABLES.resolve(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TriageScores score(String file) {
        return TriageEvaluator.score(TRIAGE, ANALYZER::analyze, table(file));
    }
}
