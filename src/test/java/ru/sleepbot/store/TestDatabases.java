package ru.sleepbot.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Databases for tests: a fresh embedded SQLite file, or the PostgreSQL named by TEST_POSTGRES_URL (set by .ci/run). */
public final class TestDatabases {

    public static final String POSTGRES_ENV = "TEST_POSTGRES_URL";
    private static final String[] TABLES = {"users", "misses", "miss_texts", "outbox", "handled_updates",
            "diary_entries", "diary_routines", "diary_signs", "diary_checks", "diary_users", "prompts"};

    private TestDatabases() {
    }

    /** A new, empty embedded database (SQLite, as in production) in a folder of its own under target/. */
    public static JdbcTarget embedded() {
        try {
            Path base = Files.createDirectories(Path.of("target", "test-databases"));
            return JdbcTarget.embedded(Files.createTempDirectory(base, "db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared test PostgreSQL, or the test is skipped with the reason. */
    public static JdbcTarget postgres() {
        String url = System.getenv(POSTGRES_ENV);
        assumeTrue(url != null && !url.isBlank(), POSTGRES_ENV + " is not set, so the PostgreSQL store tests are "
                + "skipped; .ci/run installs PostgreSQL and sets it (e.g. jdbc:postgresql://localhost:5432/sleepbot_test"
                + "?user=sleepbot&password=sleepbot)");
        return new JdbcTarget(url, null, null);
    }

    /** A data source whose every connection fails, as a database that is down does. */
    static javax.sql.DataSource unreachable() {
        return (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(TestDatabases.class.getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("connection refused", "08001");
                });
    }

    /** Opens the database and empties its tables, so that a shared PostgreSQL starts each test clean. */
    public static Database openClean(JdbcTarget target) {
        Database db = Database.open(target);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            db.close();
            throw new IllegalStateException(e);
        }
        return db;
    }
}
