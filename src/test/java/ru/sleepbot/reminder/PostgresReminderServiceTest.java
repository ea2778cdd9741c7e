package ru.sleepbot.reminder;

import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.TestDatabases;

/** The reminder service on PostgreSQL (TEST_POSTGRES_URL, set by .ci/run); skipped with the reason without it. */
class PostgresReminderServiceTest extends ReminderServiceContractTest {

    @Override
    JdbcTarget target() {
        return TestDatabases.postgres();
    }
}
