package ru.sleepbot.safety;

import org.junit.jupiter.api.Test;

/**
 * The eleventh blind table (triage-eleventh.tsv: an eleventh writer, 307 lines; emergencies told
 * second-hand and from far away, in voice-to-text style, as a change from normal or as what the
 * person cannot do), held out like the fifth and the ninth: only figures are ever reported, never a
 * line.
 *
 * <p>Scored once at 3dfffbe before anyone read it: emergency 0.930 (132 of 142), urgent 0.934, medicine 0.906,
 * false alarms 0.028, below the targets. This test holds that floor so a change to the rules
 * may raise the figures, never lower them. Do not tune on this table.
 */
class TriageEleventhTest {

    @Test
    void neverFallsBelowTheFiguresMeasuredBeforeAnyoneReadIt() {
        SafetyFixtures.assertKeepsTheFloor(SafetyFixtures.score("triage-eleventh.tsv"), 0.929, 0.93, 0.03, 0.90);
    }
}
