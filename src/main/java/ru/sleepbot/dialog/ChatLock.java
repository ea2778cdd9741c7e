package ru.sleepbot.dialog;

import java.util.function.Supplier;

/**
 * Runs one chat's updates one at a time, while other chats run in parallel. Today's lock is a
 * fixed set of in-process stripes ({@link StripedChatLock}); several instances would need a shared
 * lock (or one poller, which is how the bot runs).
 */
public interface ChatLock {

    <T> T withLock(long chatId, Supplier<T> work);
}
