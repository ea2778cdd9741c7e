package ru.sleepbot.content;

import java.time.Duration;
import java.util.Objects;

/** One step of an evening routine and how long it takes when the bot paces it. */
public record RoutineStep(String text, int seconds) {

    public RoutineStep {
        Objects.requireNonNull(text, "step text");
        text = text.strip();
    }

    public Duration duration() {
        return Duration.ofSeconds(seconds);
    }
}
