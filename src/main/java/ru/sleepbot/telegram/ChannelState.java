package ru.sleepbot.telegram;

import java.util.Objects;
import java.util.function.LongToIntFunction;

/**
 * What the channel needs from the rest of the bot to be reliable: the journal that makes handling
 * an update durable, and how many messages a chat has waiting to be sent (for flood control).
 */
public record ChannelState(UpdateJournal journal, LongToIntFunction waiting) {

    public ChannelState {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(waiting, "waiting");
    }

    /** Nothing durable and no flood control beyond a batch (tests, channel benchmarks). */
    public static ChannelState inMemory() {
        return new ChannelState(UpdateJournal.IN_MEMORY, chatId -> 0);
    }
}
