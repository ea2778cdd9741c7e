package ru.sleepbot.reminder;

import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.TestDatabases;

/** The diary's prompts on PostgreSQL (TEST_POSTGRES_URL, set by .ci/run); skipped with the reason without it. */
class PostgresDiaryPromptsTest extends DiaryPromptsContractTest {

    @Override
    JdbcTarget target() {
        return TestDatabases.postgres();
    }
}
