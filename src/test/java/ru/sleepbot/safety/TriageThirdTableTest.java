package ru.sleepbot.safety;

/**
 * The third blind table (triage-third.tsv, written by a helper who never saw the rules: lay words,
 * third persons, the past tense, two people in one message, the wrong keyboard, regional words),
 * used for the second round of tuning: the same targets as the first table.
 */
class TriageThirdTableTest extends BlindTableTest {

    @Override
    String table() {
        return "triage-third.tsv";
    }
}
