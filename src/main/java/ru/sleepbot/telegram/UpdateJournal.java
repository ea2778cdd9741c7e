package ru.sleepbot.telegram;

/**
 * Makes handling an update durable: the application runs it in one unit of work with the state
 * changes and the replies it puts in the outbox, and records the update's id there, so an update
 * Telegram sends again after a crash is not answered twice.
 */
public interface UpdateJournal {

    /**
     * Runs {@code handling} in one transaction with recording {@code updateId}, unless that id was
     * recorded before (then nothing runs). Throws when the transaction fails: the update then
     * counts as not handled and is tried again.
     */
    void once(long updateId, Runnable handling);

    /** Runs {@code work} in one unit of work of its own (a message the channel sends by itself). */
    void durably(Runnable work);

    /** Telegram confirmed every update below {@code updateId}: their ids need not be kept. */
    void confirmedBelow(long updateId);

    /** Nothing durable (tests, benchmarks of the channel alone). */
    UpdateJournal IN_MEMORY = new UpdateJournal() {
        @Override
        public void once(long updateId, Runnable handling) {
            handling.run();
        }

        @Override
        public void durably(Runnable work) {
            work.run();
        }

        @Override
        public void confirmedBelow(long updateId) {
        }
    };
}
