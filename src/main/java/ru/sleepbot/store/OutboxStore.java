package ru.sleepbot.store;

import java.util.List;
import ru.sleepbot.chat.Outgoing;

/**
 * The durable outbox. {@link #add} joins the unit of work open on the calling thread, so a reply
 * is stored exactly when the state change that caused it is; a row lives until it was sent or
 * given up.
 */
public interface OutboxStore {

    StoredMessage add(Outgoing message, java.time.Instant deadline);

    /**
     * The message was sent, or given up for good: noted at once, without a commit, where a kill -9
     * cannot take it back, so that a crash before {@link #remove} does not send it again. The
     * embedded database notes it in a file beside it; PostgreSQL deletes the row at once (then
     * {@link #remove} has nothing left to do for it); elsewhere this does nothing.
     */
    default void settled(long id) {
    }

    /** The messages were sent, or given up for good: one transaction for all of them. */
    void remove(java.util.Collection<Long> ids);

    /** Everything not yet sent, oldest first: what a start sends before anything new. */
    List<StoredMessage> pending();
}
