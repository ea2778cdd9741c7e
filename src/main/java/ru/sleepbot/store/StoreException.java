package ru.sleepbot.store;

/** A database call failed; the message names the operation, never a user's text. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
