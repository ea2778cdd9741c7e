package ru.sleepbot.diary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import ru.sleepbot.store.diary.DiaryEntry;
import ru.sleepbot.store.diary.RoutineDone;

/**
 * One night of a period: its date (the morning's), what was recorded (null: nothing, the night
 * stays empty) and the routine of the evening before, which joins it by itself.
 */
public record Night(LocalDate date, DiaryEntry entry, RoutineDone routine) {

    public Night {
        Objects.requireNonNull(date, "date");
    }

    public boolean recorded() {
        return entry != null && !entry.isEmpty();
    }

    public Optional<Integer> quality() {
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.quality());
    }

    public Optional<Jerks> jerks() {
        return entry == null || entry.jerks() == null ? Optional.empty() : Jerks.of(entry.jerks());
    }

    /** Whether the evening held {@code factor}; empty when the evening question was not answered. */
    public Optional<Boolean> had(Factor factor) {
        return entry == null || entry.factors() == null ? Optional.empty()
                : Optional.of(entry.factors().contains(factor.key()));
    }

    public boolean routineDone() {
        return routine != null;
    }
}
