package ru.sleepbot.safety;

import org.junit.jupiter.api.Test;

/**
 * The fifth blind table (triage-fifth.tsv: a fifth writer, 260 lines of a physician's tricky
 * phrasings), written to measure the rules on wordings nobody tuned them on. Only figures are ever
 * reported here, never a line of the table.
 *
 * <p>Scored at 7768836 (before its writer's lines were seen by anyone) and again at the end of that
 * session: emergency 0.90, urgent 0.927, medicine 0.967, false alarms 0.04 both times. These miss the
 * issue's targets (within 3 points of the tuned tables), as the untuned table does; like
 * {@link TriageUntunedTest} this test holds the measured floor, so a change to the rules may raise
 * these figures, never lower them. The next round (our own phrasings by sign, then the sixth
 * blind table) raised emergency to 0.93 (b3c286d): the floor follows. Do not tune on this table: it is the second measure of
 * generalisation.
 */
class TriageFifthTest {

    @Test
    void neverFallsBelowTheFiguresMeasuredBeforeAnyoneReadIt() {
        SafetyFixtures.assertKeepsTheFloor(SafetyFixtures.score("triage-fifth.tsv"), 0.93, 0.92, 0.04, 0.96);
    }
}
