package ru.sleepbot.safety;

/**
 * The eighth blind table (310 lines by a writer who never saw the rules), scored once on main
 * 4e483d7 before anyone read it (emergency 94.6 %, urgent 93.3 %, medicine 96.7 %, false alarms
 * 0 %) and then tuned on by classes like the seventh: held to the same targets as the tables
 * before it.
 */
class TriageEighthTableTest extends BlindTableTest {

    @Override
    String table() {
        return "triage-eighth.tsv";
    }
}
