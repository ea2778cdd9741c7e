package ru.sleepbot.safety;

import org.junit.jupiter.api.Test;

/**
 * The ninth blind table (triage-ninth.tsv: a ninth writer, 300 lines; emergencies told through the
 * body and time, calm and late messages, misused medical words), held out like the fifth: only
 * figures are ever reported, never a line.
 *
 * <p>Scored once at bb31574 before anyone read it, and again at the end of that session (df94f68,
 * after a second round of rules that did not use it): emergency 0.907, urgent 0.917, medicine 1.00,
 * false alarms 0.029 both times, below the targets. This test holds that floor so a change
 * to the rules may raise the figures, never lower them. Do not tune on this table.
 */
class TriageNinthTest {

    @Test
    void neverFallsBelowTheFiguresMeasuredBeforeAnyoneReadIt() {
        SafetyFixtures.assertKeepsTheFloor(SafetyFixtures.score("triage-ninth.tsv"), 0.90, 0.91, 0.03, 1.0);
    }
}
