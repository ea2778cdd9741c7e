package ru.sleepbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** {@link MissLog} over JDBC: one row per hash, the text kept only once someone agreed to keep it. */
final class JdbcMissLog implements MissLog {

    private static final int MAX_TEXT = 2000;

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcMissLog(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(String hash, String text) {
        String kept = text == null ? null : text.substring(0, Math.min(MAX_TEXT, text.length()));
        long now = clock.millis();
        jdbc.inTransaction(c -> {
            // Update first: the common case; a first sighting inserts, and a race on that insert is retried.
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE misses SET hits = hits + 1, last_seen = ?, sample_text = COALESCE(sample_text, ?) WHERE hash = ?")) {
                up.setLong(1, now);
                up.setString(2, kept);
                up.setString(3, hash);
                if (up.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement in = c.prepareStatement(
                    "INSERT INTO misses (hash, sample_text, hits, last_seen) VALUES (?, ?, 1, ?)")) {
                in.setString(1, hash);
                in.setString(2, kept);
                in.setLong(3, now);
                in.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<MissCount> top(int limit) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT hash, sample_text, hits FROM misses ORDER BY hits DESC, hash LIMIT ?")) {
                q.setInt(1, limit);
                List<MissCount> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MissCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
                    }
                }
                return out;
            }
        });
    }
}
