package ru.sleepbot.safety;

/**
 * The seventh blind table (304 lines by a writer who never saw the rules), scored once by the lead
 * on main d0dba2a before anyone read it (emergency 92.9 %, urgent 92.9 %, medicine 100 %, false
 * alarms 1.3 %) and then tuned on by classes like the sixth: held to the same targets as the
 * tables before it.
 */
class TriageSeventhTableTest extends BlindTableTest {

    @Override
    String table() {
        return "triage-seventh.tsv";
    }
}
