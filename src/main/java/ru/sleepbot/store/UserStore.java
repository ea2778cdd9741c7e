package ru.sleepbot.store;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** Lasting per-user settings. Implementations are thread-safe; each call is one transaction. */
public interface UserStore {

    Optional<UserSettings> find(long chatId);

    /**
     * Applies {@code change} to the user's settings atomically (row locked for the change; a
     * missing user starts from {@link UserSettings#defaults}) and returns what was stored. A change
     * that changes nothing writes nothing: no row is created for a user who is not stored.
     */
    UserSettings update(long chatId, UnaryOperator<UserSettings> change);

    /** Deletes everything kept about the person or chat with this id, in every table; true if there was anything. */
    boolean forget(long chatId);
}
