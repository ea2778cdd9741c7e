package ru.sleepbot.telegram;

import java.util.Objects;
import java.util.function.LongToIntFunction;
import java.util.function.Predicate;

/**
 * What the channel needs from the rest of the bot to be reliable: the journal that makes handling
 * an update durable, how many messages a chat has waiting to be sent (for flood control), and
 * which texts flood control must never skip (a warning sign told in a burst of messages).
 */
public record ChannelState(UpdateJournal journal, LongToIntFunction waiting, Predicate<String> alarming) {

    public ChannelState {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(waiting, "waiting");
        Objects.requireNonNull(alarming, "alarming");
    }

    /** Nothing durable and no flood control beyond a batch (tests, channel benchmarks). */
    public static ChannelState inMemory() {
        return new ChannelState(UpdateJournal.IN_MEMORY, chatId -> 0, text -> false);
    }
}
