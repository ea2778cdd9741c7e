package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A blind triage table the rules were tuned on: the issue's targets, and every emergency and every
 * ordinary message one by one, so that a regression names its message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BlindTableTest {

    /** The table's file in src/test/resources/safety. */
    abstract String table();

    @Test
    void meetsTheIssueTargets() {
        SafetyFixtures.assertMeetsTheTunedTargets(SafetyFixtures.score(table()));
    }

    Stream<String> emergencies() {
        return SafetyFixtures.messages(table(), Level.EMERGENCY);
    }

    Stream<String> ordinary() {
        return SafetyFixtures.messages(table(), Level.ROUTINE);
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
