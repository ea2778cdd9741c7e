package ru.sleepbot.store;

/** The store on the embedded H2 database (the default without DATABASE_URL). */
class H2StoreTest extends StoreContractTest {

    private final JdbcTarget target = TestDatabases.h2();

    @Override
    JdbcTarget target() {
        return target;
    }
}
