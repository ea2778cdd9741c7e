package ru.sleepbot.store;

/** The diary store on PostgreSQL (TEST_POSTGRES_URL, set by .ci/run); skipped with the reason without it. */
class PostgresDiaryStoreTest extends DiaryStoreContractTest {

    @Override
    JdbcTarget target() {
        return TestDatabases.postgres();
    }
}
