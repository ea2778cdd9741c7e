package ru.sleepbot.reminder;

import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.TestDatabases;

/** The diary's prompts on the embedded SQLite database. */
class EmbeddedDiaryPromptsTest extends DiaryPromptsContractTest {

    @Override
    JdbcTarget target() {
        return TestDatabases.embedded();
    }
}
