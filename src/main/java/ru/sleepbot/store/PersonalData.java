package ru.sleepbot.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything the database keeps about one person, for /forget. The rule: a table that holds
 * anything about a person has a {@code chat_id} or {@code user_id} column with that person's
 * Telegram id. The tables are found in the schema when the database opens, so a table added by a
 * later migration is forgotten too without anyone remembering to list it here.
 */
final class PersonalData {

    static final List<String> ID_COLUMNS = List.of("chat_id", "user_id");

    /** A table and the column that names the person. */
    record Column(String table, String column) {
    }

    private final List<Column> columns;

    private PersonalData(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    static PersonalData discover(Jdbc jdbc) {
        return new PersonalData(jdbc.inTransaction(PersonalData::columns));
    }

    List<Column> columns() {
        return columns;
    }

    /** Deletes every row about {@code id}; true if there was any. */
    boolean forget(Connection c, long id) throws SQLException {
        int deleted = 0;
        for (Column column : columns) {
            try (PreparedStatement d = c.prepareStatement(
                    "DELETE FROM " + column.table() + " WHERE " + column.column() + " = ?")) {
                d.setLong(1, id);
                deleted += d.executeUpdate();
            }
        }
        return deleted > 0;
    }

    /** Rows left about {@code id} in every personal table (the chaos bench and tests check for 0). */
    long count(Connection c, long id) throws SQLException {
        long rows = 0;
        for (Column column : columns) {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT COUNT(*) FROM " + column.table() + " WHERE " + column.column() + " = ?")) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    rows += rs.getLong(1);
                }
            }
        }
        return rows;
    }

    private static List<Column> columns(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        List<Column> found = new ArrayList<>();
        for (String name : ID_COLUMNS) {
            try (ResultSet rs = meta.getColumns(null, schema, "%", name)) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (table.matches("[A-Za-z_][A-Za-z0-9_]*") && !table.toLowerCase(Locale.ROOT).startsWith("flyway")) {
                        found.add(new Column(table, name));
                    }
                }
            }
        }
        if (found.stream().noneMatch(col -> col.table().equalsIgnoreCase("users"))) {
            throw new IllegalStateException("no personal tables found in the schema: " + found);
        }
        return found;
    }
}
