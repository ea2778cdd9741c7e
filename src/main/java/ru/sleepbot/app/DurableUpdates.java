package ru.sleepbot.app;

import ru.sleepbot.store.HandledUpdates;
import ru.sleepbot.store.Transactions;
import ru.sleepbot.telegram.UpdateJournal;

/** The Telegram channel's journal over the store: one unit of work per update, its id recorded in it. */
final class DurableUpdates implements UpdateJournal {

    private final Transactions transactions;
    private final HandledUpdates handled;

    DurableUpdates(Transactions transactions, HandledUpdates handled) {
        this.transactions = transactions;
        this.handled = handled;
    }

    @Override
    public void once(long updateId, Runnable handling) {
        transactions.inUnit(() -> {
            if (handled.markHandled(updateId)) {
                handling.run();
            }
            return null;
        });
    }

    @Override
    public void durably(Runnable work) {
        transactions.inUnit(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public void confirmedBelow(long updateId) {
        handled.forgetBelow(updateId);
    }
}
