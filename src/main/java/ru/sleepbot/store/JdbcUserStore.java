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
import java.util.function.UnaryOperator;

/**
 * {@link UserStore} and {@link ReminderStore} over JDBC. Every change runs under a row lock
 * (SELECT ... FOR UPDATE), and every prompt claim is a conditional UPDATE whose row count says
 * who won, so concurrent instances agree without any lock held in memory.
 */
final class JdbcUserStore implements ReminderStore {

    private static final String COLUMNS = "chat_id, zone, remind_at, reminders_on, snoozed_until, favourite_routine, "
            + "last_feeling, store_text_consent, last_prompt_date, next_due_at";

    private final Jdbc jdbc;
    private final ZoneId defaultZone;
    private final Clock clock;
    private final DueTime dueTime;
    private final PersonalData personal;

    JdbcUserStore(Jdbc jdbc, PersonalData personal, ZoneId defaultZone, Clock clock, DueTime dueTime) {
        this.jdbc = jdbc;
        this.personal = Objects.requireNonNull(personal, "personal");
        this.defaultZone = Objects.requireNonNull(defaultZone, "defaultZone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dueTime = Objects.requireNonNull(dueTime, "dueTime");
    }

    private record Row(UserSettings settings, Instant nextDue) {
    }

    @Override
    public Optional<UserSettings> find(long chatId) {
        return jdbc.inTransaction(c -> select(c, chatId, false)).map(Row::settings);
    }

    @Override
    public UserSettings update(long chatId, UnaryOperator<UserSettings> change) {
        return jdbc.inTransaction(c -> {
            Optional<Row> old = select(c, chatId, true);
            UserSettings before = old.map(Row::settings).orElseGet(() -> UserSettings.defaults(chatId, defaultZone));
            UserSettings after = Objects.requireNonNull(change.apply(before), "change returned null");
            if (after.chatId() != chatId) {
                throw new IllegalArgumentException("a change may not move settings to another chat");
            }
            if (after.equals(before)) {
                // Nothing changed; for a user we do not know (after /forget, a 403, an old button)
                // this keeps the store from creating a row of defaults no one asked for.
                return after;
            }
            // The due instant is recomputed only when what it depends on changed, so that an
            // unrelated change (a feeling score) never moves a prompt that is due right now.
            Instant nextDue = old.isPresent() && sameSchedule(before, after)
                    ? old.get().nextDue() : dueTime.next(after, clock.instant());
            write(c, after, nextDue, old.isPresent());
            return after;
        });
    }

    /** Deletes the user's rows in every table that holds anything about a person ({@link PersonalData}). */
    @Override
    public boolean forget(long chatId) {
        return jdbc.inTransaction(c -> personal.forget(c, chatId));
    }

    @Override
    public List<DueReminder> due(Instant now, int limit) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM users"
                    + " WHERE reminders_on = TRUE AND next_due_at <= ? ORDER BY next_due_at, chat_id LIMIT ?")) {
                q.setLong(1, now.toEpochMilli());
                q.setInt(2, limit);
                List<DueReminder> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        Row row = read(rs);
                        out.add(new DueReminder(row.settings(), row.nextDue()));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public boolean claimEvening(long chatId, Instant expectedDue, LocalDate localDate, Instant nextDue) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE users SET last_prompt_date = ?, next_due_at = ?,"
                    + " updated_at = ? WHERE chat_id = ? AND reminders_on = TRUE AND next_due_at = ?"
                    + " AND (last_prompt_date IS NULL OR last_prompt_date < ?)")) {
                u.setObject(1, localDate);
                setInstant(u, 2, nextDue);
                u.setLong(3, clock.millis());
                u.setLong(4, chatId);
                u.setLong(5, expectedDue.toEpochMilli());
                u.setObject(6, localDate);
                return u.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean claimSnooze(long chatId, Instant expectedSnooze, Instant nextDue) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE users SET snoozed_until = NULL, next_due_at = ?,"
                    + " updated_at = ? WHERE chat_id = ? AND reminders_on = TRUE AND snoozed_until = ?")) {
                setInstant(u, 1, nextDue);
                u.setLong(2, clock.millis());
                u.setLong(3, chatId);
                u.setLong(4, expectedSnooze.toEpochMilli());
                return u.executeUpdate() == 1;
            }
        });
    }

    private static boolean sameSchedule(UserSettings a, UserSettings b) {
        return a.zone().equals(b.zone()) && Objects.equals(a.remindAt(), b.remindAt())
                && a.remindersOn() == b.remindersOn() && Objects.equals(a.snoozedUntil(), b.snoozedUntil())
                && Objects.equals(a.lastPromptDate(), b.lastPromptDate());
    }

    private Optional<Row> select(Connection c, long chatId, boolean forUpdate) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE chat_id = ?"
                + (forUpdate ? jdbc.forUpdate() : ""))) {
            q.setLong(1, chatId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private void write(Connection c, UserSettings s, Instant nextDue, boolean exists) throws SQLException {
        String sql = exists
                ? "UPDATE users SET zone = ?, remind_at = ?, reminders_on = ?, snoozed_until = ?, favourite_routine = ?,"
                  + " last_feeling = ?, store_text_consent = ?, last_prompt_date = ?, next_due_at = ?, updated_at = ?"
                  + " WHERE chat_id = ?"
                : "INSERT INTO users (zone, remind_at, reminders_on, snoozed_until, favourite_routine, last_feeling,"
                  + " store_text_consent, last_prompt_date, next_due_at, updated_at, chat_id)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement w = c.prepareStatement(sql)) {
            w.setString(1, s.zone().getId());
            if (s.remindAt() == null) {
                w.setNull(2, Types.TIME);
            } else {
                w.setObject(2, s.remindAt());
            }
            w.setBoolean(3, s.remindersOn());
            setInstant(w, 4, s.snoozedUntil());
            w.setString(5, s.favouriteRoutine());
            if (s.lastFeeling() == null) {
                w.setNull(6, Types.SMALLINT);
            } else {
                w.setShort(6, s.lastFeeling().shortValue());
            }
            w.setBoolean(7, s.storeTextConsent());
            if (s.lastPromptDate() == null) {
                w.setNull(8, Types.DATE);
            } else {
                w.setObject(8, s.lastPromptDate());
            }
            setInstant(w, 9, nextDue);
            w.setLong(10, clock.millis());
            w.setLong(11, s.chatId());
            w.executeUpdate();
        }
    }

    private Row read(ResultSet rs) throws SQLException {
        long chatId = rs.getLong("chat_id");
        short feeling = rs.getShort("last_feeling");
        Integer lastFeeling = rs.wasNull() ? null : (int) feeling;
        UserSettings settings = new UserSettings(chatId, zone(rs.getString("zone")),
                rs.getObject("remind_at", LocalTime.class), rs.getBoolean("reminders_on"),
                instant(rs, "snoozed_until"), rs.getString("favourite_routine"), lastFeeling,
                rs.getBoolean("store_text_consent"), rs.getObject("last_prompt_date", LocalDate.class));
        return new Row(settings, instant(rs, "next_due_at"));
    }

    private ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return defaultZone; // a zone id this JDK no longer knows; the user can set it again
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static void setInstant(PreparedStatement p, int index, Instant value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.BIGINT);
        } else {
            p.setLong(index, value.toEpochMilli());
        }
    }
}
