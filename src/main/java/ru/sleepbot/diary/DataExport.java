package ru.sleepbot.diary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import ru.sleepbot.store.MissLog;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.store.UserStore;
import ru.sleepbot.store.diary.DiaryEntry;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.diary.RoutineDone;
import ru.sleepbot.store.prompt.PromptKind;
import ru.sleepbot.store.prompt.PromptStore;

/**
 * Everything the bot keeps about a user, for /export: one JSON file with all of it (settings,
 * consents, the diary with notes, routines, warning signs, the last check, prompt times, the texts
 * of questions kept with their consent) and the
 * diary's nights as a CSV table (UTF-8 with a byte-order mark, so that Excel reads Cyrillic).
 */
public final class DataExport {

    /** The two files; {@code csv} is empty of rows when there is no diary. */
    public record Files(byte[] json, byte[] csv) {
    }

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final UserStore users;
    private final DiaryStore diary;
    private final PromptStore prompts;
    private final MissLog misses;
    /**
     * Made at the first export: a Jackson mapper's classes took 0.7 s of a cold start under load,
     * on the path to the first reply, for a file that few people ask for.
     */
    private ObjectMapper json;

    public DataExport(UserStore users, DiaryStore diary, PromptStore prompts, MissLog misses) {
        this.users = users;
        this.diary = diary;
        this.prompts = prompts;
        this.misses = misses;
    }

    private synchronized ObjectMapper mapper() {
        if (json == null) {
            json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        }
        return json;
    }

    /** The user's files, or empty when nothing at all is kept about them. */
    public Optional<Files> of(long chatId) {
        Optional<UserSettings> settings = users.find(chatId);
        Optional<ru.sleepbot.store.diary.DiarySettings> diarySettings = diary.settings(chatId);
        if (settings.isEmpty() && diarySettings.isEmpty()) {
            return Optional.empty();
        }
        List<DiaryEntry> entries = diary.entries(chatId, EARLIEST, LATEST);
        List<RoutineDone> routines = diary.routines(chatId, EARLIEST, LATEST);
        ObjectMapper json = mapper();
        ObjectNode root = json.createObjectNode();
        root.put("chat_id", chatId);
        settings.ifPresent(s -> {
            ObjectNode u = root.putObject("settings");
            u.put("time_zone", s.zone().getId());
            u.put("evening_reminder", s.remindAt() == null ? null : s.remindAt().toString());
            u.put("reminders_on", s.remindersOn());
            u.put("favourite_routine", s.favouriteRoutine());
            u.put("last_feeling_after_routine", s.lastFeeling());
            u.put("consent_to_keep_unrecognised_questions", s.storeTextConsent());
        });
        diarySettings.ifPresent(d -> {
            ObjectNode o = root.putObject("diary_settings");
            o.put("morning_question_at", d.checkinAt().toString());
            o.put("active", d.active());
            o.put("consent_to_keep_notes", d.noteConsent());
            o.put("started_on", d.startedOn().toString());
        });
        ArrayNode nights = root.putArray("diary");
        for (DiaryEntry e : entries) {
            ObjectNode n = nights.addObject();
            n.put("night", e.night().toString());
            n.put("sleep_quality", e.quality());
            n.put("jerks", e.jerks());
            if (e.factors() != null) {
                e.factors().stream().sorted().forEach(n.putArray("evening_factors")::add);
            }
            n.put("note", e.note());
        }
        ArrayNode done = root.putArray("routines");
        routines.forEach(r -> done.addObject().put("evening", r.evening().toString()).put("routine", r.routineId())
                .put("feeling", r.feeling()));
        ArrayNode signs = root.putArray("warning_signs");
        diary.signs(chatId, EARLIEST, LATEST).forEach(s -> signs.addObject().put("day", s.day().toString())
                .put("sign", s.signId()));
        diary.lastCheck(chatId).ifPresent(c -> {
            ObjectNode check = root.putObject("last_symptom_check");
            check.put("answered_on", c.answeredOn().toString());
            check.put("finding", c.finding());
            c.answers().forEach(check.putObject("answers")::put);
        });
        ArrayNode times = root.putArray("prompts");
        for (PromptKind kind : List.of(PromptKind.MORNING, PromptKind.WEEKLY)) {
            prompts.find(chatId, kind).ifPresent(p -> times.addObject().put("kind", kind.key())
                    .put("at", p.at().toString()).put("time_zone", p.zone().getId()).put("active", p.active()));
        }
        misses.textsOf(chatId).forEach(root.putArray("questions_kept_with_consent")::add);
        try {
            return Optional.of(new Files(json.writeValueAsBytes(root), csv(entries, routines)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the export could not be written", e);
        }
    }

    private static byte[] csv(List<DiaryEntry> entries, List<RoutineDone> routines) {
        StringBuilder out = new StringBuilder("\uFEFFnight,sleep_quality,jerks,evening_factors,routine_before,"
                + "routine_feeling,note\r\n");
        for (DiaryEntry e : entries) {
            RoutineDone routine = routines.stream().filter(r -> r.evening().equals(e.night().minusDays(1)))
                    .findFirst().orElse(null);
            out.append(e.night()).append(',')
                    .append(e.quality() == null ? "" : e.quality()).append(',')
                    .append(e.jerks() == null ? "" : e.jerks()).append(',')
                    .append(e.factors() == null ? "" : quote(String.join(" ", new TreeSet<>(e.factors())))).append(',')
                    .append(routine == null ? "" : routine.routineId()).append(',')
                    .append(routine == null || routine.feeling() == null ? "" : routine.feeling()).append(',')
                    .append(e.note() == null ? "" : quote(e.note())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4180: a field in double quotes, quotes doubled. */
    static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
