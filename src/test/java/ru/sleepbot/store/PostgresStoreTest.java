package ru.sleepbot.store;

/** The store on PostgreSQL (TEST_POSTGRES_URL, set by .ci/run); skipped with the reason without it. */
class PostgresStoreTest extends StoreContractTest {

    @Override
    JdbcTarget target() {
        return TestDatabases.postgres();
    }
}
