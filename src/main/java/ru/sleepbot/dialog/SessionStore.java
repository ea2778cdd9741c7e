package ru.sleepbot.dialog;

/**
 * Where per-chat sessions live between updates. The engine loads a chat's session at the start
 * of an update and saves it at the end, under that chat's {@link ChatLock}. Today's store is an
 * in-memory Caffeine cache with idle expiry ({@link CaffeineSessionStore}); a store shared by
 * several instances would serialise the {@link Session}.
 */
public interface SessionStore {

    /** The chat's session, a fresh one when none is kept. */
    Session load(long chatId);

    /** Keeps the session as it is after an update. */
    void save(Session session);

    /** Drops the chat's session (the /forget command). */
    void remove(long chatId);

    /** How many sessions are kept now (for tests of idle expiry and the benchmark). */
    long size();
}
