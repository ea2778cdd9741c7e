package ru.sleepbot.store;

/** The diary store on the embedded SQLite database. */
class EmbeddedDiaryStoreTest extends DiaryStoreContractTest {

    private final JdbcTarget target = TestDatabases.embedded();

    @Override
    JdbcTarget target() {
        return target;
    }
}
