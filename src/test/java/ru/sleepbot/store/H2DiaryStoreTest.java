package ru.sleepbot.store;

/** The diary store on the embedded H2 database. */
class H2DiaryStoreTest extends DiaryStoreContractTest {

    private final JdbcTarget target = TestDatabases.h2();

    @Override
    JdbcTarget target() {
        return target;
    }
}
