package ru.sleepbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chaos bench's own look into the bot's database, by plain JDBC (never through the bot's
 * code): which reminders are stored, and how many rows name a user.
 */
final class ChaosDatabase implements AutoCloseable {

    /** What a check after a kill found: writes the user saw confirmed, and how many of them are missing. */
    record Check(int confirmed, int lost) {
    }

    private final String url;
    private final boolean embedded;

    private ChaosDatabase(String url, boolean embedded) {
        this.url = url;
        this.embedded = embedded;
    }

    /** PostgreSQL at {@code url} (our tables dropped first), or the embedded file the bot makes in {@code work}. */
    static ChaosDatabase at(String url, Path work) throws SQLException {
        if (url == null || url.isBlank()) {
            return new ChaosDatabase("jdbc:sqlite:" + work.resolve("data").resolve("sleepbot.db"), true);
        }
        // Every table of the schema, not a list: a list fell behind the diary's migrations, and the
        // next run's Flyway then refused a schema with tables but no history.
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                s.executeUpdate("DROP TABLE IF EXISTS \"" + table + "\" CASCADE");
            }
        }
        return new ChaosDatabase(url, false);
    }

    /** DATABASE_URL for the bot: none for the embedded default. */
    String urlForBot() {
        return embedded ? null : url;
    }

    /** Every chat whose "Готово" answer arrived must have its reminder time stored. */
    Check confirmedWrites(Map<Long, String> remindAt, ChaosLedger ledger) throws SQLException {
        Map<Long, String> stored = new HashMap<>();
        if (!embedded || Files.exists(Path.of(url.substring("jdbc:sqlite:".length())))) {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                if (c.getMetaData().getTables(null, null, "users", null).next()) {
                    try (ResultSet rs = s.executeQuery("SELECT chat_id, remind_at FROM users")) {
                        while (rs.next()) {
                            stored.put(rs.getLong(1), rs.getString(2));
                        }
                    }
                }
            }
        }
        int confirmed = 0;
        int lost = 0;
        for (Map.Entry<Long, String> e : remindAt.entrySet()) {
            String answer = ledger.firstText(e.getKey());
            if (answer == null || !answer.startsWith("Готово")) {
                continue;
            }
            confirmed++;
            String time = stored.get(e.getKey());
            if (time == null || !time.startsWith(e.getValue())) {
                lost++;
            }
        }
        return new Check(confirmed, lost);
    }

    /** Rows about {@code id} in every table that has a chat_id or user_id column. */
    long rowsAbout(long id) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            DatabaseMetaData meta = c.getMetaData();
            List<String[]> columns = new ArrayList<>();
            for (String column : List.of("chat_id", "user_id")) {
                try (ResultSet rs = meta.getColumns(null, c.getSchema(), "%", column)) {
                    while (rs.next()) {
                        columns.add(new String[] {rs.getString("TABLE_NAME"), column});
                    }
                }
            }
            long rows = 0;
            for (String[] col : columns) {
                try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM " + col[0] + " WHERE " + col[1] + " = ?")) {
                    q.setLong(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        rows += rs.getLong(1);
                    }
                }
            }
            return rows;
        }
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return embedded ? "embedded SQLite (" + url + ")" : "PostgreSQL (DATABASE_URL)";
    }
}
