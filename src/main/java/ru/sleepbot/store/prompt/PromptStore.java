package ru.sleepbot.store.prompt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Prompts other than the evening one (the diary's morning check-in and weekly chart), due work
 * read from the database and claimed by conditional updates exactly like the evening prompt, so
 * that several instances, or one restarted, send each at most once per kind and local day.
 */
public interface PromptStore {

    /**
     * Sets the chat's prompt of {@code kind} to {@code at} in {@code zone}, on or off, keeping the
     * date it was last sent for (changing the time on a morning already prompted does not prompt again).
     */
    ScheduledPrompt schedule(long chatId, PromptKind kind, ZoneId zone, LocalTime at, boolean active);

    Optional<ScheduledPrompt> find(long chatId, PromptKind kind);

    /** The user moved to another zone: every prompt of theirs follows, due times recomputed. */
    void rezone(long chatId, ZoneId zone);

    /** Active prompts due at {@code now}, earliest first. */
    List<ScheduledPrompt> due(Instant now, int limit);

    /**
     * Claims the prompt for {@code localDate}: succeeds for exactly one caller, and only while the
     * due instant is still {@code expectedDue} and nothing was claimed for that date or later.
     */
    boolean claim(long chatId, PromptKind kind, Instant expectedDue, LocalDate localDate, Instant nextDue);

    /** Turns every prompt of the chat off (the user blocked the bot); their times are kept. */
    void stopAll(long chatId);
}
