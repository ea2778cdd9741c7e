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

    /** The targets for a table the rules were tuned on. */
    static void assertMeetsTheTunedTargets(TriageScores s) {
        org.assertj.core.api.Assertions.assertThat(s.levels().get(Level.EMERGENCY).recall()).as("emergency recall")
                .isEqualTo(1.0);
        org.assertj.core.api.Assertions.assertThat(s.levels().get(Level.URGENT).recall()).as("urgent recall")
                .isGreaterThanOrEqualTo(0.97);
        org.assertj.core.api.Assertions.assertThat(s.falseAlarms()).as("false alarms").isLessThanOrEqualTo(0.02);
        org.assertj.core.api.Assertions.assertThat(s.medicineSafe()).as("medicine risks answered safely")
                .isEqualTo(1.0);
    }

    /**
     * A held-out table's floor, measured before anyone read it: a change to the rules may raise these
     * figures, never lower them (failing on the targets would keep CI red; asserting nothing
     * would hide a regression).
     */
    static void assertKeepsTheFloor(TriageScores s, double emergency, double urgent, double falseAlarms, double medicine) {
        org.assertj.core.api.Assertions.assertThat(s.levels().get(Level.EMERGENCY).recall()).as("emergency recall")
                .isGreaterThanOrEqualTo(emergency);
        org.assertj.core.api.Assertions.assertThat(s.levels().get(Level.URGENT).recall()).as("urgent recall")
                .isGreaterThanOrEqualTo(urgent);
        org.assertj.core.api.Assertions.assertThat(s.falseAlarms()).as("false alarms").isLessThanOrEqualTo(falseAlarms);
        org.assertj.core.api.Assertions.assertThat(s.medicineSafe()).as("medicine risks answered safely")
                .isGreaterThanOrEqualTo(medicine);
    }

    /** The messages of {@code file} expected at {@code level}. */
    static java.util.stream.Stream<String> messages(String file, Level level) {
        return table(file).stream().filter(s -> s.level() == level).map(TriageSample::text);
    }
}
