package ru.sleepbot.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.sleepbot.store.diary.CheckRecord;
import ru.sleepbot.store.diary.RoutineDone;
import ru.sleepbot.store.diary.SignNoted;

/**
 * A stretch of the diary, every day from {@code from} to {@code to} (empty nights included, so a
 * chart shows the gap), with the warning signs noted, the routines done and the last symptom check.
 */
public record DiaryPeriod(LocalDate from, LocalDate to, List<Night> nights, List<SignNoted> signs,
                          List<RoutineDone> routines, Optional<CheckRecord> lastCheck) {

    public DiaryPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        nights = List.copyOf(nights);
        signs = List.copyOf(signs);
        routines = List.copyOf(routines);
        Objects.requireNonNull(lastCheck, "lastCheck");
    }

    public long recorded() {
        return nights.stream().filter(Night::recorded).count();
    }

    public List<Night> recordedNights() {
        return nights.stream().filter(Night::recorded).toList();
    }
}
