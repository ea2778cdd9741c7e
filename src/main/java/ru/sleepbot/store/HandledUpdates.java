package ru.sleepbot.store;

/** The ids of Telegram updates whose replies are already in the outbox. */
public interface HandledUpdates {

    /**
     * Records, in the unit of work open on this thread, that the update is being handled; false
     * when it was handled before (Telegram sent it again because the confirmation did not reach it).
     */
    boolean markHandled(long updateId);

    /** Drops ids below {@code updateId}: Telegram confirmed them and never sends them again. */
    void forgetBelow(long updateId);
}
