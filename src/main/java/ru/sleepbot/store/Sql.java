package ru.sleepbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Small JDBC helpers for nullable values, shared by the diary's stores. */
final class Sql {

    private Sql() {
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
