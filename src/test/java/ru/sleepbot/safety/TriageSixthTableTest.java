package ru.sleepbot.safety;

/**
 * The sixth blind table (303 lines by a writer who never saw the rules), scored once before anyone
 * read it (emergency 84.4 %, urgent 87.5 %, medicine 96.7 %, false alarms 1.3 %) and then tuned on
 * by classes like the fourth: held to the same targets as the tables before it.
 */
class TriageSixthTableTest extends BlindTableTest {

    @Override
    String table() {
        return "triage-sixth.tsv";
    }
}
