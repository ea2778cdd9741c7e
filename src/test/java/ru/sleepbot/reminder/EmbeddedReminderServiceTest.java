package ru.sleepbot.reminder;

import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.TestDatabases;

/** The reminder service on the embedded SQLite database. */
class EmbeddedReminderServiceTest extends ReminderServiceContractTest {

    @Override
    JdbcTarget target() {
        return TestDatabases.embedded();
    }
}
