package ru.sleepbot.store.prompt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One chat's prompt of one kind: the local time in its zone, whether it is on, the local date it
 * was last claimed for (once per day) and the stored due instant derived from all that.
 */
public record ScheduledPrompt(long chatId, PromptKind kind, ZoneId zone, LocalTime at, boolean active,
                              LocalDate lastPromptDate, Instant nextDueAt) {

    public ScheduledPrompt {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(at, "at");
    }

    public ScheduledPrompt withLastPromptDate(LocalDate value) {
        return new ScheduledPrompt(chatId, kind, zone, at, active, value, nextDueAt);
    }
}
