package ru.sleepbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import ru.sleepbot.store.diary.CheckRecord;
import ru.sleepbot.store.diary.DiaryEntry;
import ru.sleepbot.store.diary.DiarySettings;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.diary.RoutineDone;
import ru.sleepbot.store.diary.SignNoted;

/**
 * {@link DiaryStore} over JDBC: settings and nights here, what joins them by itself in
 * {@link JdbcDiaryJournal}. Factors are kept as a comma-separated list of keys ('' = none of them).
 */
final class JdbcDiaryStore implements DiaryStore {

    private static final String ENTRY_COLUMNS = "night, quality, jerks, factors, note";

    private final Jdbc jdbc;
    private final Clock clock;
    private final JdbcDiaryJournal journal;

    JdbcDiaryStore(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.journal = new JdbcDiaryJournal(jdbc, clock);
    }

    @Override
    public Optional<DiarySettings> settings(long chatId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT checkin_at, active, note_consent, started_on"
                    + " FROM diary_users WHERE chat_id = ?")) {
                q.setLong(1, chatId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(new DiarySettings(chatId, rs.getObject(1, LocalTime.class),
                            rs.getBoolean(2), rs.getBoolean(3), rs.getObject(4, LocalDate.class))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveSettings(DiarySettings s) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE diary_users SET checkin_at = ?, active = ?,"
                    + " note_consent = ?, started_on = ?, updated_at = ? WHERE chat_id = ?");
                 PreparedStatement i = c.prepareStatement("INSERT INTO diary_users (checkin_at, active, note_consent,"
                    + " started_on, updated_at, chat_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (PreparedStatement p : List.of(u, i)) {
                    p.setObject(1, s.checkinAt());
                    p.setBoolean(2, s.active());
                    p.setBoolean(3, s.noteConsent());
                    p.setObject(4, s.startedOn());
                    p.setLong(5, clock.millis());
                    p.setLong(6, s.chatId());
                }
                Sql.upsert(u, i);
            }
            return null;
        });
    }

    @Override
    public Optional<DiaryEntry> entry(long chatId, LocalDate night) {
        List<DiaryEntry> found = entries(chatId, night, night);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public void saveEntry(long chatId, DiaryEntry e) {
        jdbc.inTransaction(c -> {
            if (e.isEmpty()) {
                delete(c, "diary_entries", chatId, e.night());
                return null;
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE diary_entries SET quality = ?, jerks = ?, factors = ?,"
                    + " note = ?, updated_at = ? WHERE chat_id = ? AND night = ?");
                 PreparedStatement i = c.prepareStatement("INSERT INTO diary_entries (quality, jerks, factors, note,"
                    + " updated_at, chat_id, night) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (PreparedStatement p : List.of(u, i)) {
                    Sql.setSmall(p, 1, e.quality());
                    Sql.setText(p, 2, e.jerks());
                    Sql.setText(p, 3, e.factors() == null ? null : String.join(",", new TreeSet<>(e.factors())));
                    Sql.setText(p, 4, e.note());
                    p.setLong(5, clock.millis());
                    p.setLong(6, chatId);
                    p.setObject(7, e.night());
                }
                Sql.upsert(u, i);
            }
            return null;
        });
    }

    @Override
    public List<DiaryEntry> entries(long chatId, LocalDate from, LocalDate to) {
        return jdbc.inTransaction(c -> Sql.between(c, "SELECT " + ENTRY_COLUMNS + " FROM diary_entries"
                + " WHERE chat_id = ? AND night >= ? AND night <= ? ORDER BY night", chatId, from, to, rs -> {
                    String factors = rs.getString("factors");
                    Set<String> keys = factors == null ? null : factors.isEmpty() ? Set.of()
                            : Set.copyOf(Arrays.asList(factors.split(",")));
                    return new DiaryEntry(rs.getObject("night", LocalDate.class), Sql.small(rs, "quality"),
                            rs.getString("jerks"), keys, rs.getString("note"));
                }));
    }

    @Override
    public int countEntries(long chatId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM diary_entries WHERE chat_id = ?")) {
                q.setLong(1, chatId);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public void recordRoutine(long chatId, RoutineDone routine) {
        journal.recordRoutine(chatId, routine);
    }

    @Override
    public List<RoutineDone> routines(long chatId, LocalDate from, LocalDate to) {
        return journal.routines(chatId, from, to);
    }

    @Override
    public void recordSign(long chatId, SignNoted sign) {
        journal.recordSign(chatId, sign);
    }

    @Override
    public List<SignNoted> signs(long chatId, LocalDate from, LocalDate to) {
        return journal.signs(chatId, from, to);
    }

    @Override
    public void saveCheck(long chatId, CheckRecord check) {
        journal.saveCheck(chatId, check);
    }

    @Override
    public Optional<CheckRecord> lastCheck(long chatId) {
        return journal.lastCheck(chatId);
    }

    private static void delete(Connection c, String table, long chatId, LocalDate night) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM " + table + " WHERE chat_id = ? AND night = ?")) {
            d.setLong(1, chatId);
            d.setObject(2, night);
            d.executeUpdate();
        }
    }
}
