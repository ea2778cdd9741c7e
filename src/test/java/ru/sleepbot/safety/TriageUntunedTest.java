package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The held-out table (triage-untuned.tsv: another writer, a physician's tricky phrasings) that the
 * rules were never tuned on. Its targets are the issue's: the tuned table's figures within 3
 * points. Only figures are ever reported here, never a line of the table.
 */
class TriageUntunedTest {

    @Test
    void holdsWithinThreePointsOfTheTunedTargets() {
        TriageScores s = SafetyFixtures.score("triage-untuned.tsv");

        assertThat(s.levels().get(Level.EMERGENCY).recall()).as("emergency recall").isGreaterThanOrEqualTo(0.97);
        assertThat(s.levels().get(Level.URGENT).recall()).as("urgent recall").isGreaterThanOrEqualTo(0.94);
        assertThat(s.falseAlarms()).as("false alarms").isLessThanOrEqualTo(0.05);
        assertThat(s.medicineSafe()).as("medicine risks answered safely").isGreaterThanOrEqualTo(0.97);
    }
}
