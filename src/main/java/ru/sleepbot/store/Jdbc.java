package ru.sleepbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs units of work in transactions. A store call outside a unit is a transaction of its own,
 * retried on the conflicts that concurrent callers cause; inside a unit (see {@link Transactions})
 * it runs on the unit's connection under a savepoint, so a failed call undoes only itself and the
 * unit can still commit the rest (the dialog answers "something went wrong", and that answer is
 * committed with what did succeed).
 */
final class Jdbc implements Transactions {

    private static final Logger log = LoggerFactory.getLogger(Jdbc.class);
    private static final int ATTEMPTS = 5;

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Work that rides along with whatever transaction commits next (deleting sent outbox rows): it
     * runs just before the commit, and returns what to do once that commit happened or did not.
     */
    @FunctionalInterface
    interface CommitHook {
        Ride beforeCommit(Connection connection) throws SQLException;
    }

    /** What a {@link CommitHook} does after the commit it rode along with: one of the two, exactly once. */
    record Ride(Runnable committed, Runnable rolledBack) {
        static final Ride NOTHING = new Ride(() -> { }, () -> { });

        Ride {
            java.util.Objects.requireNonNull(committed, "committed");
            java.util.Objects.requireNonNull(rolledBack, "rolledBack");
        }
    }

    /** The unit open on a thread: its connection, taken at the first store call, and what waits for the commit. */
    private static final class Unit {
        Connection connection;
        final List<Runnable> afterCommit = new ArrayList<>();
    }

    private final DataSource dataSource;
    private final boolean rowLocks;
    private final ThreadLocal<Unit> bound = new ThreadLocal<>();
    private final List<CommitHook> hooks = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** @param rowLocks whether the database knows SELECT ... FOR UPDATE (SQLite locks the whole file instead) */
    Jdbc(DataSource dataSource, boolean rowLocks) {
        this.dataSource = dataSource;
        this.rowLocks = rowLocks;
    }

    void addCommitHook(CommitHook hook) {
        hooks.add(hook);
    }

    /** Runs the hooks in a savepoint each (a failing hook must not fail the transaction); returns their rides. */
    private List<Ride> beforeCommit(Connection c) {
        List<Ride> rides = new ArrayList<>();
        for (CommitHook hook : hooks) {
            Savepoint savepoint = null;
            try {
                savepoint = c.setSavepoint();
                rides.add(hook.beforeCommit(c));
                c.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                log.warn("work riding along with a commit failed ({})", e.getSQLState());
                try {
                    if (savepoint != null) {
                        c.rollback(savepoint);
                    }
                } catch (SQLException ignored) {
                    // the commit or rollback that follows decides
                }
            }
        }
        return rides;
    }

    private static void undo(List<Ride> rides) {
        rides.forEach(r -> r.rolledBack().run());
    }

    private static void committed(List<Ride> rides) {
        rides.forEach(r -> r.committed().run());
    }

    /** " FOR UPDATE" where rows can be locked, else nothing: SQLite's write transactions hold the file's lock. */
    String forUpdate() {
        return rowLocks ? " FOR UPDATE" : "";
    }

    <T> T inTransaction(Work<T> work) {
        Unit unit = bound.get();
        if (unit != null) {
            return inSavepoint(unit, work);
        }
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                List<Ride> rides = List.of();
                T result;
                try {
                    result = work.run(c);
                    rides = beforeCommit(c);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    undo(rides);
                    c.rollback();
                    throw e;
                }
                committed(rides);
                return result;
            } catch (SQLException e) {
                if (!Conflicts.retryable(e)) {
                    throw new StoreException("database call failed (" + e.getSQLState() + ")", e);
                }
                last = e;
            }
        }
        throw new StoreException("database conflict persisted after " + ATTEMPTS + " attempts", last);
    }

    private <T> T inSavepoint(Unit unit, Work<T> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Savepoint savepoint = null;
            try {
                Connection c = connection(unit);
                savepoint = c.setSavepoint();
                T result = work.run(c);
                c.releaseSavepoint(savepoint);
                return result;
            } catch (SQLException e) {
                undo(unit, savepoint);
                if (!Conflicts.retryable(e)) {
                    throw new StoreException("database call failed (" + e.getSQLState() + ")", e);
                }
                last = e;
            } catch (RuntimeException e) {
                undo(unit, savepoint);
                throw e;
            }
        }
        throw new StoreException("database conflict persisted after " + ATTEMPTS + " attempts", last);
    }

    /**
     * Takes {@code connections} connections at once (a pool opens the missing ones now, not at the
     * first busy moment) and runs {@code work} {@code times} times on each, in a transaction that
     * is rolled back: nothing is written. Failures are logged, not thrown: the real calls report
     * them. Returns the milliseconds it took.
     */
    long warmUp(int connections, int times, Work<?> work) {
        long start = System.nanoTime();
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                Connection c = dataSource.getConnection();
                held.add(c);
                c.setAutoCommit(false);
                for (int n = 0; n < times; n++) {
                    work.run(c);
                }
                c.rollback();
            }
        } catch (SQLException e) {
            log.warn("warming up the database failed ({}): the first sends may be slower", e.getSQLState());
        } finally {
            for (Connection c : held) {
                try {
                    c.rollback();
                    c.close();
                } catch (SQLException e) {
                    log.debug("closing a warm-up connection failed ({})", e.getSQLState());
                }
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public <T> T inUnit(Supplier<T> work) {
        if (bound.get() != null) {
            return work.get();
        }
        Unit unit = new Unit();
        bound.set(unit);
        T result;
        List<Ride> rides = List.of();
        try {
            result = work.get();
            if (unit.connection != null) {
                rides = beforeCommit(unit.connection);
                unit.connection.commit();
            }
        } catch (SQLException e) {
            undo(rides);
            rollback(unit);
            throw new StoreException("commit failed (" + e.getSQLState() + ")", e);
        } catch (RuntimeException | Error e) {
            undo(rides);
            rollback(unit);
            throw e;
        } finally {
            bound.remove();
            close(unit);
        }
        committed(rides);
        for (Runnable action : unit.afterCommit) {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.error("an action after a commit failed", e);
            }
        }
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        Unit unit = bound.get();
        if (unit == null) {
            action.run();
        } else {
            unit.afterCommit.add(action);
        }
    }

    private Connection connection(Unit unit) throws SQLException {
        if (unit.connection == null) {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(false);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            unit.connection = c;
        }
        return unit.connection;
    }

    private static void undo(Unit unit, Savepoint savepoint) {
        if (savepoint == null || unit.connection == null) {
            return;
        }
        try {
            unit.connection.rollback(savepoint);
        } catch (SQLException e) {
            log.warn("could not roll back to a savepoint ({})", e.getSQLState());
        }
    }

    private static void rollback(Unit unit) {
        if (unit.connection == null) {
            return;
        }
        try {
            unit.connection.rollback();
        } catch (SQLException e) {
            log.warn("rollback failed ({})", e.getSQLState());
        }
    }

    private static void close(Unit unit) {
        if (unit.connection == null) {
            return;
        }
        try {
            unit.connection.close();
        } catch (SQLException e) {
            log.warn("could not close a connection ({})", e.getSQLState());
        }
    }
}
