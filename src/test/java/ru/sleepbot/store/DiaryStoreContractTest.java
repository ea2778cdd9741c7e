package ru.sleepbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sleepbot.store.diary.CheckRecord;
import ru.sleepbot.store.diary.DiaryEntry;
import ru.sleepbot.store.diary.DiarySettings;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.diary.RoutineDone;
import ru.sleepbot.store.diary.SignNoted;
import ru.sleepbot.store.prompt.PromptKind;
import ru.sleepbot.store.prompt.PromptStore;
import ru.sleepbot.time.MutableClock;

/** What every database must do for the sleep diary; run on SQLite and on PostgreSQL by the two subclasses. */
abstract class DiaryStoreContractTest {

    static final LocalDate NIGHT = LocalDate.of(2026, 11, 26);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T05:00:00Z"));
    Database db;
    DiaryStore diary;

    abstract JdbcTarget target();

    @BeforeEach
    void open() {
        db = TestDatabases.openClean(target());
        diary = db.diary(clock);
    }

    @AfterEach
    void close() {
        if (db != null) { // null when the PostgreSQL run was skipped before it opened
            db.close();
        }
    }

    @Test
    void keepsSettingsAndANightThroughARoundTrip() {
        DiarySettings settings = new DiarySettings(7, LocalTime.of(7, 30), true, true, NIGHT.minusDays(3));
        diary.saveSettings(settings);
        diary.saveSettings(settings.withNoteConsent(false));
        DiaryEntry night = new DiaryEntry(NIGHT, 4, "few", Set.of("coffee", "stress"), "проснулась в три «и» всё");
        diary.saveEntry(7, night);

        assertThat(diary.settings(7)).contains(settings.withNoteConsent(false));
        assertThat(diary.entry(7, NIGHT)).contains(night);
        assertThat(diary.countEntries(7)).isEqualTo(1);
        assertThat(diary.settings(8)).isEmpty();
    }

    @Test
    void tellsAnEveningWithNothingFromAnEveningNotAnswered() {
        diary.saveEntry(7, new DiaryEntry(NIGHT, 3, "none", Set.of(), null));
        diary.saveEntry(7, new DiaryEntry(NIGHT.minusDays(1), 2, null, null, null));

        assertThat(diary.entry(7, NIGHT).orElseThrow().factors()).isEmpty();
        assertThat(diary.entry(7, NIGHT.minusDays(1)).orElseThrow().factors()).isNull();
        assertThat(diary.entry(7, NIGHT.minusDays(1)).orElseThrow().jerks()).isNull();
    }

    @Test
    void anAnswerReplacesTheNightAndAnEmptyNightIsNoRow() {
        diary.saveEntry(7, new DiaryEntry(NIGHT, 2, "woke", Set.of("alcohol"), null));
        diary.saveEntry(7, new DiaryEntry(NIGHT, 4, "few", Set.of(), null));
        assertThat(diary.entries(7, NIGHT.minusDays(7), NIGHT)).containsExactly(new DiaryEntry(NIGHT, 4, "few", Set.of(), null));
        diary.saveEntry(7, DiaryEntry.empty(NIGHT));
        assertThat(diary.countEntries(7)).isZero();
    }

    @Test
    void aRoutineFinishedAgainKeepsTheRatingOfThatEvening() {
        diary.recordRoutine(7, new RoutineDone(NIGHT.minusDays(1), "body_scan", 4));
        diary.recordRoutine(7, new RoutineDone(NIGHT.minusDays(1), "body_scan", null));
        diary.recordRoutine(7, new RoutineDone(NIGHT, "slow_breathing", null));

        assertThat(diary.routines(7, NIGHT.minusDays(1), NIGHT)).containsExactly(
                new RoutineDone(NIGHT.minusDays(1), "body_scan", 4), new RoutineDone(NIGHT, "slow_breathing", null));
    }

    @Test
    void keepsASignOnceADayAndTheLastCheckOnly() {
        diary.recordSign(7, new SignNoted(NIGHT, "tongue_biting"));
        diary.recordSign(7, new SignNoted(NIGHT, "tongue_biting"));
        diary.recordSign(7, new SignNoted(NIGHT.minusDays(2), "seizure"));
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("who", "adult");
        answers.put("warn", "yes");
        diary.saveCheck(7, new CheckRecord(NIGHT.minusDays(5), "sleep_starts", Map.of("who", "child")));
        diary.saveCheck(7, new CheckRecord(NIGHT, "warning_signs", answers));

        assertThat(diary.signs(7, NIGHT.minusDays(7), NIGHT)).containsExactly(
                new SignNoted(NIGHT.minusDays(2), "seizure"), new SignNoted(NIGHT, "tongue_biting"));
        assertThat(diary.lastCheck(7)).contains(new CheckRecord(NIGHT, "warning_signs", answers));
        assertThat(diary.lastCheck(7).orElseThrow().answers().keySet()).containsExactly("who", "warn");
    }

    @Test
    void forgetDeletesEveryPartOfTheDiaryAndItsPromptsOfThatPersonOnly() {
        PromptStore prompts = db.prompts(clock, (prompt, now) -> now.plusSeconds(3600), ZoneId.of("Europe/Moscow"));
        UserStore users = db.users(ZoneId.of("Europe/Moscow"), clock, DueTime.NEVER);
        for (long id : new long[] {7, 8}) {
            diary.saveSettings(new DiarySettings(id, LocalTime.of(8, 0), true, true, NIGHT));
            diary.saveEntry(id, new DiaryEntry(NIGHT, 3, "few", Set.of(), "заметка"));
            diary.recordRoutine(id, new RoutineDone(NIGHT, "body_scan", 5));
            diary.recordSign(id, new SignNoted(NIGHT, "seizure"));
            diary.saveCheck(id, new CheckRecord(NIGHT, "sleep_starts", Map.of("who", "adult")));
            prompts.schedule(id, PromptKind.MORNING, ZoneId.of("Europe/Moscow"), LocalTime.of(8, 0), true);
            prompts.schedule(id, PromptKind.WEEKLY, ZoneId.of("Europe/Moscow"), LocalTime.of(8, 0), true);
        }
        assertThat(db.rowsAbout(7)).isEqualTo(7);

        assertThat(users.forget(7)).isTrue(); // what /forget does: every table that names the person
        assertThat(users.forget(7)).isFalse();

        assertThat(db.rowsAbout(7)).isZero();
        assertThat(diary.settings(7)).isEmpty();
        assertThat(diary.entries(7, NIGHT, NIGHT)).isEmpty();
        assertThat(diary.routines(7, NIGHT, NIGHT)).isEmpty();
        assertThat(diary.signs(7, NIGHT, NIGHT)).isEmpty();
        assertThat(diary.lastCheck(7)).isEmpty();
        assertThat(prompts.find(7, PromptKind.MORNING)).isEmpty();
        assertThat(db.rowsAbout(8)).isEqualTo(7);
        assertThat(diary.countEntries(8)).isEqualTo(1);
    }

    @Test
    void diaryWritesCommitWithTheirUnitOrNotAtAll() {
        DiaryEntry night = new DiaryEntry(NIGHT, 2, "woke", Set.of("alcohol"), null);
        assertThatThrownBy(() -> db.transactions().inUnit(() -> {
            diary.saveEntry(7, night);
            diary.recordSign(7, new SignNoted(NIGHT, "seizure"));
            throw new IllegalStateException("the update failed after the diary's writes");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(diary.entry(7, NIGHT)).isEmpty();
        assertThat(diary.signs(7, NIGHT, NIGHT)).isEmpty();

        db.transactions().inUnit(() -> {
            diary.saveEntry(7, night);
            assertThat(diary.entry(7, NIGHT)).as("the unit reads its own writes").contains(night);
            return null;
        });
        assertThat(diary.entry(7, NIGHT)).contains(night);
    }
}
