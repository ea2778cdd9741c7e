package ru.sleepbot.store.diary;

import java.time.LocalDate;
import java.util.Objects;

/** An evening routine a diary user went through, on the evening's local date, with its 1..5 rating if given. */
public record RoutineDone(LocalDate evening, String routineId, Integer feeling) {

    public RoutineDone {
        Objects.requireNonNull(evening, "evening");
        Objects.requireNonNull(routineId, "routineId");
        if (feeling != null && (feeling < 1 || feeling > 5)) {
            throw new IllegalArgumentException("feeling must be 1..5: " + feeling);
        }
    }
}
