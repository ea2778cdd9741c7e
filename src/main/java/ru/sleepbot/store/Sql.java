package ru.sleepbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers for nullable values and a person's rows of a period, shared by the diary's stores. */
final class Sql {

    /** Reads one row. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    /**
     * The rows of {@code query} for one person and a period: its three parameters are the chat id and
     * the first and last date, both included.
     */
    static <T> List<T> between(Connection c, String query, long chatId, LocalDate from, LocalDate to, Row<T> row)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement(query)) {
            q.setLong(1, chatId);
            q.setObject(2, from);
            q.setObject(3, to);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        }
    }

    static void setDate(PreparedStatement p, int index, LocalDate value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.DATE);
        } else {
            p.setObject(index, value);
        }
    }

    static void setSmall(PreparedStatement p, int index, Integer value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.SMALLINT);
        } else {
            p.setShort(index, value.shortValue());
        }
    }

    static void setText(PreparedStatement p, int index, String value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.VARCHAR);
        } else {
            p.setString(index, value);
        }
    }

    static Integer small(ResultSet rs, String column) throws SQLException {
        short value = rs.getShort(column);
        return rs.wasNull() ? null : (int) value;
    }

    /** Runs an UPDATE; when it changed no row, the INSERT (a race on the insert is retried by {@link Jdbc}). */
    static void upsert(PreparedStatement update, PreparedStatement insert) throws SQLException {
        if (update.executeUpdate() == 0) {
            insert.executeUpdate();
        }
    }
}
