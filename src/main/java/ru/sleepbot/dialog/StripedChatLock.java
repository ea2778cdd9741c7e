package ru.sleepbot.dialog;

import java.util.function.Supplier;

/**
 * Per-chat locking with a fixed set of monitors: a chat always maps to the same stripe, so a
 * session evicted from the cache in the middle of an update cannot let a second update of the
 * same chat run beside it on a fresh session. Two busy chats rarely share a stripe.
 */
public final class StripedChatLock implements ChatLock {

    /** Enough stripes that two busy chats rarely share one; a few kilobytes in all. */
    static final int STRIPES = 1024;

    private final Object[] stripes = new Object[STRIPES];

    public StripedChatLock() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    @Override
    public <T> T withLock(long chatId, Supplier<T> work) {
        synchronized (stripes[Math.floorMod(Long.hashCode(chatId * 0x9E3779B97F4A7C15L), STRIPES)]) {
            return work.get();
        }
    }
}
