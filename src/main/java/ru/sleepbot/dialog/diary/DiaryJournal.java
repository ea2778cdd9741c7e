package ru.sleepbot.dialog.diary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.dialog.Alarm;
import ru.sleepbot.dialog.Journal;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.safety.Assessment;
import ru.sleepbot.safety.Level;
import ru.sleepbot.safety.Person;
import ru.sleepbot.store.diary.CheckRecord;
import ru.sleepbot.store.diary.DiarySettings;
import ru.sleepbot.store.diary.RoutineDone;
import ru.sleepbot.store.diary.SignNoted;

/**
 * What joins the diary by itself, for users who keep one (nobody else's health data is kept): the
 * evening's routine and its rating, the last symptom check, and the warning signs triage found in
 * their messages: the sign of the alarm the guard opened for the message (triage's assessment of
 * the user's words, a note's included), its id only, never the text.
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

    /**
     * The warning sign or emergency triage found in this turn's message, as the guard read it (the
     * alarm it opened in the session just now); empty when the message raised none.
     */
    Optional<Assessment> reported(Turn turn) {
        return turn.session().alarm().filter(alarm -> alarm.since().equals(turn.now())).map(DiaryJournal::assessment);
    }

    /** Notes the sign triage found in this turn's message, for a user who keeps a diary. */
    void signs(Turn turn) {
        long chat = turn.chat().id();
        Optional<Assessment> found = reported(turn);
        if (found.isPresent() && !turn.chat().group() && keeps(chat)) {
            kit.diary.recordSign(chat, new SignNoted(kit.today(chat, turn.now()), found.get().sign()));
        }
    }

    private static Assessment assessment(Alarm alarm) {
        Person person = Arrays.stream(Person.values()).filter(p -> p.key().equals(alarm.person())).findFirst()
                .orElse(Person.ANYONE);
        return new Assessment(Level.fromKey(alarm.level()), alarm.sign(), alarm.detail(), person, "");
    }

    private boolean keeps(long chat) {
        return kit.diary.settings(chat).map(DiarySettings::active).orElse(false);
    }
}
