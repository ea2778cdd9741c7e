package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The blind triage table the rules were written and tuned on (triage-table.tsv, written by a
 * helper who never saw the rules): the issue's targets, and every emergency and every ordinary
 * message one by one, so that a regression names its message.
 */
class TriageTableTest {

    private static final String TABLE = "triage-table.tsv";

    @Test
    void meetsTheIssueTargets() {
        TriageScores s = SafetyFixtures.score(TABLE);

        assertThat(s.levels().get(Level.EMERGENCY).recall()).as("emergency recall").isEqualTo(1.0);
        assertThat(s.levels().get(Level.URGENT).recall()).as("urgent recall").isGreaterThanOrEqualTo(0.97);
        assertThat(s.falseAlarms()).as("false alarms").isLessThanOrEqualTo(0.02);
        assertThat(s.medicineSafe()).as("medicine risks answered safely").isEqualTo(1.0);
    }

    @Test
    void isTheSizeTheIssueAsksFor() {
        var samples = SafetyFixtures.table(TABLE);

        assertThat(samples).hasSizeGreaterThanOrEqualTo(320);
        assertThat(samples.stream().filter(s -> s.level() == Level.EMERGENCY)).hasSizeGreaterThanOrEqualTo(120);
        assertThat(samples.stream().filter(s -> s.level() == Level.URGENT)).hasSizeGreaterThanOrEqualTo(80);
        assertThat(samples.stream().filter(s -> s.level() == Level.ROUTINE)).hasSizeGreaterThanOrEqualTo(120);
        assertThat(samples.stream().filter(s -> s.level() == Level.MEDICINE)).hasSizeGreaterThanOrEqualTo(40);
    }

    static Stream<String> emergencies() {
        return SafetyFixtures.table(TABLE).stream().filter(s -> s.level() == Level.EMERGENCY).map(TriageSample::text);
    }

    static Stream<String> ordinary() {
        return SafetyFixtures.table(TABLE).stream().filter(s -> s.level() == Level.ROUTINE).map(TriageSample::text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emergencies")
    void callsTheAmbulanceForEveryEmergency(String message) {
        assertThat(SafetyFixtures.assess(message).level()).isEqualTo(Level.EMERGENCY);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinary")
    void raisesNoAlarmAboutOrdinaryWorries(String message) {
        assertThat(SafetyFixtures.assess(message).level()).isNotIn(Level.EMERGENCY, Level.URGENT);
    }
}
