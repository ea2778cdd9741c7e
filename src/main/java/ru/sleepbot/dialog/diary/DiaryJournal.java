package ru.sleepbot.dialog.diary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.Journal;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.store.diary.CheckRecord;
import ru.sleepbot.store.diary.DiarySettings;
import ru.sleepbot.store.diary.RoutineDone;
import ru.sleepbot.store.diary.SignNoted;

/**
 * What joins the diary by itself, for users who keep one (nobody else's health data is kept): the
 * evening's routine and its rating, the last symptom check, and the warning signs triage found in
 * their messages (their ids, from the guard's reply kind "warning tongue_biting"; never the text).
 */
final class DiaryJournal implements Journal {

    /** A routine before 06:00 belongs to the evening before: it joins the night that follows it. */
    static final Duration EVENING_ENDS = Duration.ofHours(6);

    private final DiaryKit kit;

    DiaryJournal(DiaryKit kit) {
        this.kit = kit;
    }

    @Override
    public void routineDone(Turn turn, String routineId, Integer feeling) {
        long chat = turn.chat().id();
        if (keeps(chat)) {
            LocalDate evening = LocalDate.ofInstant(turn.now().minus(EVENING_ENDS), kit.zone(chat));
            kit.diary.recordRoutine(chat, new RoutineDone(evening, routineId, feeling));
        }
    }

    @Override
    public void checkAnswered(Turn turn, Map<String, String> answers, String finding) {
        long chat = turn.chat().id();
        if (keeps(chat)) {
            kit.diary.saveCheck(chat, new CheckRecord(kit.today(chat, turn.now()), finding, answers));
        }
    }

    /** Notes the signs of the triage replies among {@code replies}. */
    void signs(Turn turn, List<Reply> replies) {
        List<String> ids = replies.stream().flatMap(r -> r.kindOf().stream())
                .filter(k -> k.startsWith("warning ") || k.startsWith("emergency "))
                .flatMap(k -> java.util.Arrays.stream(k.split("\\s+")).skip(1)).distinct().toList();
        long chat = turn.chat().id();
        if (ids.isEmpty() || !keeps(chat)) {
            return;
        }
        LocalDate today = kit.today(chat, turn.now());
        ids.forEach(id -> kit.diary.recordSign(chat, new SignNoted(today, id)));
    }

    private boolean keeps(long chat) {
        return kit.diary.settings(chat).map(DiarySettings::active).orElse(false);
    }
}
