package ru.sleepbot.reminder;

import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.TestDatabases;

/** The reminder service on the embedded H2 database. */
class H2ReminderServiceTest extends ReminderServiceContractTest {

    @Override
    JdbcTarget target() {
        return TestDatabases.h2();
    }
}
