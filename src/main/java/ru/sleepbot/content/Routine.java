package ru.sleepbot.content;

import java.util.List;
import java.util.Objects;

/**
 * An evening relaxation routine (one file in {@code intents/routines/}). {@code askedBy}: phrases
 * that ask for this very routine in words ("давай подыш*"), in the language of {@code dialog.Phrases}.
 */
public record Routine(String id, String title, String description, String suits, int order, List<RoutineStep> steps,
                      List<String> askedBy) {

    public Routine {
        Objects.requireNonNull(id, "routine id");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("routine " + id + " has no title");
        }
        description = description == null ? "" : description.strip();
        suits = suits == null ? "" : suits.strip();
        steps = steps == null ? List.of() : List.copyOf(steps);
        askedBy = askedBy == null ? List.of() : List.copyOf(askedBy);
    }

    /** The time all steps take, for "есть покороче?". */
    public java.time.Duration length() {
        return steps.stream().map(RoutineStep::duration).reduce(java.time.Duration.ZERO, java.time.Duration::plus);
    }
}
