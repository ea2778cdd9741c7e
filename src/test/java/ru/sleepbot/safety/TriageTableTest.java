package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The blind triage table the rules were first written and tuned on (triage-table.tsv, written by
 * a helper who never saw the rules): the issue's targets and sizes, message by message.
 */
class TriageTableTest extends BlindTableTest {

    private static final String TABLE = "triage-table.tsv";

    @Override
    String table() {
        return TABLE;
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
}
