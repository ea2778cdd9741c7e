package ru.sleepbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link MissLog} over JDBC: an anonymous count per hash in {@code misses}, and the text, only when
 * the asker agreed, in {@code miss_texts} under the asker's id (so /forget deletes it).
 */
final class JdbcMissLog implements MissLog {

    private static final int MAX_TEXT = 2000;

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcMissLog(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(String hash, long userId, String text) {
        long now = clock.millis();
        jdbc.inTransaction(c -> {
            count(c, hash, now);
            if (text != null) {
                keep(c, hash, userId, text.substring(0, Math.min(MAX_TEXT, text.length())), now);
            }
            return null;
        });
    }

    private static void count(Connection c, String hash, long now) throws SQLException {
        // Update first: the common case; a first sighting inserts, and a race on that insert is retried.
        try (PreparedStatement up = c.prepareStatement("UPDATE misses SET hits = hits + 1, last_seen = ? WHERE hash = ?")) {
            up.setLong(1, now);
            up.setString(2, hash);
            if (up.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement in = c.prepareStatement("INSERT INTO misses (hash, hits, last_seen) VALUES (?, 1, ?)")) {
            in.setString(1, hash);
            in.setLong(2, now);
            in.executeUpdate();
        }
    }

    private static void keep(Connection c, String hash, long userId, String text, long now) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE miss_texts SET text = ?, last_seen = ? WHERE hash = ? AND user_id = ?")) {
            up.setString(1, text);
            up.setLong(2, now);
            up.setString(3, hash);
            up.setLong(4, userId);
            if (up.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement in = c.prepareStatement(
                "INSERT INTO miss_texts (hash, user_id, text, last_seen) VALUES (?, ?, ?, ?)")) {
            in.setString(1, hash);
            in.setLong(2, userId);
            in.setString(3, text);
            in.setLong(4, now);
            in.executeUpdate();
        }
    }

    @Override
    public List<String> textsOf(long userId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT text FROM miss_texts WHERE user_id = ? ORDER BY last_seen, hash")) {
                q.setLong(1, userId);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<MissCount> top(int limit) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT m.hash, m.hits, (SELECT t.text FROM miss_texts t"
                    + " WHERE t.hash = m.hash ORDER BY t.last_seen DESC LIMIT 1) AS sample"
                    + " FROM misses m ORDER BY m.hits DESC, m.hash LIMIT ?")) {
                q.setInt(1, limit);
                List<MissCount> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MissCount(rs.getString(1), rs.getString(3), rs.getLong(2)));
                    }
                }
                return out;
            }
        });
    }
}
