package ru.sleepbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.sleepbot.store.prompt.PromptKind;
import ru.sleepbot.store.prompt.PromptStore;
import ru.sleepbot.store.prompt.PromptTimes;
import ru.sleepbot.store.prompt.ScheduledPrompt;

/**
 * {@link PromptStore} over JDBC. A schedule change runs under a row lock and recomputes the due
 * instant; a claim is a conditional UPDATE whose row count says who won, as for the evening prompt.
 */
final class JdbcPromptStore implements PromptStore {

    private static final String COLUMNS = "chat_id, kind, zone, at_time, active, last_prompt_date, next_due_at";

    private final Jdbc jdbc;
    private final Clock clock;
    private final PromptTimes times;
    private final ZoneId fallbackZone;

    JdbcPromptStore(Jdbc jdbc, Clock clock, PromptTimes times, ZoneId fallbackZone) {
        this.jdbc = jdbc;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.times = Objects.requireNonNull(times, "times");
        this.fallbackZone = Objects.requireNonNull(fallbackZone, "fallbackZone");
    }

    @Override
    public ScheduledPrompt schedule(long chatId, PromptKind kind, ZoneId zone, LocalTime at, boolean active) {
        return jdbc.inTransaction(c -> {
            Optional<ScheduledPrompt> old = select(c, chatId, kind, true);
            ScheduledPrompt wanted = new ScheduledPrompt(chatId, kind, zone, at, active,
                    old.map(ScheduledPrompt::lastPromptDate).orElse(null), null);
            ScheduledPrompt stored = new ScheduledPrompt(chatId, kind, zone, at, active, wanted.lastPromptDate(),
                    active ? times.next(wanted, clock.instant()) : null);
            write(c, stored, old.isPresent());
            return stored;
        });
    }

    @Override
    public Optional<ScheduledPrompt> find(long chatId, PromptKind kind) {
        return jdbc.inTransaction(c -> select(c, chatId, kind, false));
    }

    @Override
    public void rezone(long chatId, ZoneId zone) {
        for (PromptKind kind : PromptKind.values()) {
            find(chatId, kind).filter(p -> !p.zone().equals(zone))
                    .ifPresent(p -> schedule(chatId, kind, zone, p.at(), p.active()));
        }
    }

    @Override
    public List<ScheduledPrompt> due(Instant now, int limit) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM prompts"
                    + " WHERE active = TRUE AND next_due_at <= ? ORDER BY next_due_at, chat_id, kind LIMIT ?")) {
                q.setLong(1, now.toEpochMilli());
                q.setInt(2, limit);
                List<ScheduledPrompt> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public boolean claim(long chatId, PromptKind kind, Instant expectedDue, LocalDate localDate, Instant nextDue) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE prompts SET last_prompt_date = ?, next_due_at = ?,"
                    + " updated_at = ? WHERE chat_id = ? AND kind = ? AND active = TRUE AND next_due_at = ?"
                    + " AND (last_prompt_date IS NULL OR last_prompt_date < ?)")) {
                u.setObject(1, localDate);
                setInstant(u, 2, nextDue);
                u.setLong(3, clock.millis());
                u.setLong(4, chatId);
                u.setString(5, kind.key());
                u.setLong(6, expectedDue.toEpochMilli());
                u.setObject(7, localDate);
                return u.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void stopAll(long chatId) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE prompts SET active = FALSE, next_due_at = NULL, updated_at = ? WHERE chat_id = ?")) {
                u.setLong(1, clock.millis());
                u.setLong(2, chatId);
                return u.executeUpdate();
            }
        });
    }

    private Optional<ScheduledPrompt> select(Connection c, long chatId, PromptKind kind, boolean forUpdate)
            throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM prompts WHERE chat_id = ? AND kind = ?"
                + (forUpdate ? jdbc.forUpdate() : ""))) {
            q.setLong(1, chatId);
            q.setString(2, kind.key());
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private void write(Connection c, ScheduledPrompt p, boolean exists) throws SQLException {
        String sql = exists
                ? "UPDATE prompts SET zone = ?, at_time = ?, active = ?, last_prompt_date = ?, next_due_at = ?,"
                  + " updated_at = ? WHERE chat_id = ? AND kind = ?"
                : "INSERT INTO prompts (zone, at_time, active, last_prompt_date, next_due_at, updated_at, chat_id, kind)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement w = c.prepareStatement(sql)) {
            w.setString(1, p.zone().getId());
            w.setObject(2, p.at());
            w.setBoolean(3, p.active());
            if (p.lastPromptDate() == null) {
                w.setNull(4, Types.DATE);
            } else {
                w.setObject(4, p.lastPromptDate());
            }
            setInstant(w, 5, p.nextDueAt());
            w.setLong(6, clock.millis());
            w.setLong(7, p.chatId());
            w.setString(8, p.kind().key());
            w.executeUpdate();
        }
    }

    private ScheduledPrompt read(ResultSet rs) throws SQLException {
        long due = rs.getLong("next_due_at");
        Instant nextDue = rs.wasNull() ? null : Instant.ofEpochMilli(due);
        return new ScheduledPrompt(rs.getLong("chat_id"), PromptKind.of(rs.getString("kind")), zone(rs.getString("zone")),
                rs.getObject("at_time", LocalTime.class), rs.getBoolean("active"),
                rs.getObject("last_prompt_date", LocalDate.class), nextDue);
    }

    private ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return fallbackZone; // a zone id this JDK no longer knows; the user can set it again
        }
    }

    private static void setInstant(PreparedStatement p, int index, Instant value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.BIGINT);
        } else {
            p.setLong(index, value.toEpochMilli());
        }
    }
}
