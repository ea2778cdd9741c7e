package ru.sleepbot.store;

import java.sql.SQLException;
import java.util.Set;

/**
 * Which database failures are conflicts between concurrent callers, worth running the same work
 * again, rather than errors that another attempt would only repeat. Kept apart from {@link Jdbc}
 * so the two databases' codes are read in one place.
 */
final class Conflicts {

    /** Unique violation (two first inserts of one row), serialization failure, deadlock. */
    private static final Set<String> RETRYABLE = Set.of("23505", "40001", "40P01");
    /** SQLite's SQLITE_BUSY and SQLITE_LOCKED, left over after its busy timeout. */
    private static final Set<Integer> SQLITE_BUSY = Set.of(5, 6);

    private Conflicts() {
    }

    static boolean retryable(SQLException e) {
        return e.getSQLState() != null && RETRYABLE.contains(e.getSQLState())
                || e.getClass().getName().startsWith("org.sqlite.") && SQLITE_BUSY.contains(e.getErrorCode() & 0xff);
    }
}
