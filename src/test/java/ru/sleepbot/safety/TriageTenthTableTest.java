package ru.sleepbot.safety;

/**
 * The tenth blind table (310 lines by a writer who never saw the rules), scored once on main
 * 3dfffbe before anyone read it (emergency 94.4 %, urgent 96.7 %, medicine 96.9 %, false alarms
 * 0 %) and then tuned on by classes like the eighth: held to the same targets as the tables
 * before it.
 */
class TriageTenthTableTest extends BlindTableTest {

    @Override
    String table() {
        return "triage-tenth.tsv";
    }
}
