package ru.sleepbot.content;

import java.util.List;
import java.util.Objects;

/** An evening relaxation routine (one file in {@code intents/routines/}). */
public record Routine(String id, String title, String description, String suits, int order, List<RoutineStep> steps) {

    public Routine {
        Objects.requireNonNull(id, "routine id");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("routine " + id + " has no title");
        }
        description = description == null ? "" : description.strip();
        suits = suits == null ? "" : suits.strip();
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
