package ru.sleepbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/** {@link HandledUpdates} over JDBC: one row per update id, no content. */
final class JdbcHandledUpdates implements HandledUpdates {

    private static final String FIND = "SELECT 1 FROM handled_updates WHERE update_id = ?";
    private static final String INSERT = "INSERT INTO handled_updates (update_id, handled_at) VALUES (?, ?)";

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcHandledUpdates(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean markHandled(long updateId) {
        // Select first: only one instance handles updates, and a failed insert would abort the
        // unit's transaction on PostgreSQL.
        return jdbc.inTransaction(c -> mark(c, updateId, clock.millis()));
    }

    private static boolean mark(Connection c, long updateId, long now) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(FIND)) {
            q.setLong(1, updateId);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement in = c.prepareStatement(INSERT)) {
            in.setLong(1, updateId);
            in.setLong(2, now);
            in.executeUpdate();
        }
        return true;
    }

    /** What an update's unit does here, done once on {@code c} and rolled back by the caller (see {@link Database#warmUp}). */
    static void rehearse(Connection c) throws SQLException {
        mark(c, -1, 0);
    }

    @Override
    public void forgetBelow(long updateId) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM handled_updates WHERE update_id < ?")) {
                d.setLong(1, updateId);
                return d.executeUpdate();
            }
        });
    }
}
