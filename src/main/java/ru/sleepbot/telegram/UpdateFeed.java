package ru.sleepbot.telegram;

import java.util.List;

/**
 * Where updates come from. Telegram forgets an update only when a later getUpdates asks for an
 * offset past it, so {@link #next} with an offset is also how handled updates are confirmed.
 */
interface UpdateFeed {

    /** The updates from {@code offset} on, waiting up to the long-poll timeout; empty on failure or at shutdown. */
    List<Received> next(long offset);

    /** Confirms everything below {@code offset} without waiting for new updates (at shutdown). */
    void confirm(long offset);
}
