package ru.sleepbot.store;

/** The store on the embedded SQLite database (the default without DATABASE_URL). */
class EmbeddedStoreTest extends StoreContractTest {

    private final JdbcTarget target = TestDatabases.embedded();

    @Override
    JdbcTarget target() {
        return target;
    }
}
