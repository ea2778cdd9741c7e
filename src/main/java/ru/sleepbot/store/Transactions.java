package ru.sleepbot.store;

import java.util.function.Supplier;

/**
 * Units of work: everything the stores do inside {@link #inUnit} on the calling thread (a user's
 * settings, the replies put in the outbox, the id of the update being handled) is committed
 * together or not at all. Code inside never sees a connection: the stores join the unit that is
 * bound to their thread, so the dialog stays unaware of JDBC.
 */
public interface Transactions {

    /**
     * Runs {@code work} in one transaction bound to this thread and commits it; a unit already open
     * on this thread is joined instead. Throws {@link StoreException} (nothing committed) when the
     * database fails; an exception of {@code work} rolls everything back and is rethrown.
     */
    <T> T inUnit(Supplier<T> work);

    /** Runs {@code action} once the unit open on this thread has committed (at once when none is open). */
    void afterCommit(Runnable action);

    /** For code paths without a database (the console, tests): every unit runs its work directly. */
    Transactions NONE = new Transactions() {
        @Override
        public <T> T inUnit(Supplier<T> work) {
            return work.get();
        }

        @Override
        public void afterCommit(Runnable action) {
            action.run();
        }
    };
}
