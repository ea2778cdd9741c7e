package ru.sleepbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;

/** {@link HandledUpdates} over JDBC: one row per update id, no content. */
final class JdbcHandledUpdates implements HandledUpdates {

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
        return jdbc.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM handled_updates WHERE update_id = ?")) {
                q.setLong(1, updateId);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement in = c.prepareStatement(
                    "INSERT INTO handled_updates (update_id, handled_at) VALUES (?, ?)")) {
                in.setLong(1, updateId);
                in.setLong(2, clock.millis());
                in.executeUpdate();
            }
            return true;
        });
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
