package ru.sleepbot.reminder;

import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.TestDatabases;

/** The diary's prompts on the embedded H2 database. */
class H2DiaryPromptsTest extends DiaryPromptsContractTest {

    @Override
    JdbcTarget target() {
        return TestDatabases.h2();
    }
}
