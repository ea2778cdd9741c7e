package ru.sleepbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.store.diary.CheckRecord;
import ru.sleepbot.store.diary.RoutineDone;
import ru.sleepbot.store.diary.SignNoted;

/** What joins the diary by itself, over JDBC: routines done, warning signs triage found, the last check. */
final class JdbcDiaryJournal {

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcDiaryJournal(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void recordRoutine(long chatId, RoutineDone r) {
        jdbc.inTransaction(c -> {
            // COALESCE: finishing the routine again (no rating yet) keeps the rating given that evening.
            try (PreparedStatement u = c.prepareStatement("UPDATE diary_routines SET routine_id = ?,"
                    + " feeling = COALESCE(?, CASE WHEN routine_id = ? THEN feeling END), updated_at = ?"
                    + " WHERE chat_id = ? AND evening = ?");
                 PreparedStatement i = c.prepareStatement("INSERT INTO diary_routines (routine_id, feeling, updated_at,"
                    + " chat_id, evening) VALUES (?, ?, ?, ?, ?)")) {
                u.setString(1, r.routineId());
                Sql.setSmall(u, 2, r.feeling());
                u.setString(3, r.routineId());
                u.setLong(4, clock.millis());
                u.setLong(5, chatId);
                u.setObject(6, r.evening());
                i.setString(1, r.routineId());
                Sql.setSmall(i, 2, r.feeling());
                i.setLong(3, clock.millis());
                i.setLong(4, chatId);
                i.setObject(5, r.evening());
                Sql.upsert(u, i);
            }
            return null;
        });
    }

    List<RoutineDone> routines(long chatId, LocalDate from, LocalDate to) {
        return jdbc.inTransaction(c -> Sql.between(c, "SELECT evening, routine_id, feeling FROM diary_routines"
                + " WHERE chat_id = ? AND evening >= ? AND evening <= ? ORDER BY evening", chatId, from, to,
                rs -> new RoutineDone(rs.getObject(1, LocalDate.class), rs.getString(2), Sql.small(rs, "feeling"))));
    }

    void recordSign(long chatId, SignNoted sign) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT COUNT(*) FROM diary_signs WHERE chat_id = ? AND noted_on = ? AND sign_id = ?")) {
                q.setLong(1, chatId);
                q.setObject(2, sign.day());
                q.setString(3, sign.signId());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return null;
                    }
                }
            }
            try (PreparedStatement i = c.prepareStatement(
                    "INSERT INTO diary_signs (chat_id, noted_on, sign_id) VALUES (?, ?, ?)")) {
                i.setLong(1, chatId);
                i.setObject(2, sign.day());
                i.setString(3, sign.signId());
                i.executeUpdate();
            }
            return null;
        });
    }

    List<SignNoted> signs(long chatId, LocalDate from, LocalDate to) {
        return jdbc.inTransaction(c -> Sql.between(c, "SELECT noted_on, sign_id FROM diary_signs"
                + " WHERE chat_id = ? AND noted_on >= ? AND noted_on <= ? ORDER BY noted_on, sign_id", chatId, from, to,
                rs -> new SignNoted(rs.getObject(1, LocalDate.class), rs.getString(2))));
    }

    void saveCheck(long chatId, CheckRecord check) {
        StringBuilder answers = new StringBuilder();
        check.answers().forEach((step, option) -> answers.append(answers.length() == 0 ? "" : ";")
                .append(step).append('=').append(option));
        jdbc.inTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE diary_checks SET answered_on = ?, finding = ?,"
                    + " answers = ? WHERE chat_id = ?");
                 PreparedStatement i = c.prepareStatement("INSERT INTO diary_checks (answered_on, finding, answers,"
                    + " chat_id) VALUES (?, ?, ?, ?)")) {
                for (PreparedStatement p : List.of(u, i)) {
                    p.setObject(1, check.answeredOn());
                    p.setString(2, check.finding());
                    p.setString(3, answers.toString());
                    p.setLong(4, chatId);
                }
                Sql.upsert(u, i);
            }
            return null;
        });
    }

    Optional<CheckRecord> lastCheck(long chatId) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT answered_on, finding, answers FROM diary_checks WHERE chat_id = ?")) {
                q.setLong(1, chatId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Map<String, String> answers = new LinkedHashMap<>();
                    for (String pair : rs.getString(3).split(";")) {
                        String[] kv = pair.split("=", 2);
                        if (kv.length == 2) {
                            answers.put(kv[0], kv[1]);
                        }
                    }
                    return Optional.of(new CheckRecord(rs.getObject(1, LocalDate.class), rs.getString(2), answers));
                }
            }
        });
    }
}
