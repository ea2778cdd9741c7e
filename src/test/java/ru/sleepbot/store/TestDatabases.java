package ru.sleepbot.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Databases for tests: a fresh in-memory H2, or the PostgreSQL named by TEST_POSTGRES_URL (set by .ci/run). */
public final class TestDatabases {

    public static final String POSTGRES_ENV = "TEST_POSTGRES_URL";

    private TestDatabases() {
    }

    /** A private H2 database that lives until the JVM ends; every call gives a new, empty one. */
    public static JdbcTarget h2() {
        return new JdbcTarget("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1",
                "sa", "");
    }

    /** The shared test PostgreSQL, or the test is skipped with the reason. */
    public static JdbcTarget postgres() {
        String url = System.getenv(POSTGRES_ENV);
        assumeTrue(url != null && !url.isBlank(), POSTGRES_ENV + " is not set, so the PostgreSQL store tests are "
                + "skipped; .ci/run installs PostgreSQL and sets it (e.g. jdbc:postgresql://localhost:5432/sleepbot_test"
                + "?user=sleepbot&password=sleepbot)");
        return new JdbcTarget(url, null, null);
    }

    /** Opens the database and empties its tables, so that a shared PostgreSQL starts each test clean. */
    public static Database openClean(JdbcTarget target) {
        Database db = Database.open(target);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM users");
            s.executeUpdate("DELETE FROM misses");
            for (String table : new String[] {"diary_entries", "diary_routines", "diary_signs", "diary_checks",
                    "diary_users", "prompts"}) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            db.close();
            throw new IllegalStateException(e);
        }
        return db;
    }
}
