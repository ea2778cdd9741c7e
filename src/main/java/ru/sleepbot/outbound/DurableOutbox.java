package ru.sleepbot.outbound;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Transport;
import ru.sleepbot.store.OutboxStore;
import ru.sleepbot.store.StoredMessage;
import ru.sleepbot.store.Transactions;

/**
 * The outbox that survives a crash: a message is written to the outbox table in the unit of work
 * of whatever caused it (an update, a prompt's claim), handed to the {@link OutboundQueue} only
 * once that unit has committed, and deleted once sent or given up. {@link #resume()} at start
 * queues whatever an earlier run left, before anything new.
 *
 * <p>Delivery is at least once: Telegram's Bot API has no idempotency key, so when its answer to a
 * send is lost (dropped on the way, or the bot died while it was on the way) the message is sent
 * again. A crash after the answer arrived does not resend it on the embedded database, which notes
 * every settled row at once, nor on PostgreSQL, where the row is deleted at once, in a transaction
 * of its own; only a crash in the milliseconds between the answer and that note or delete does.
 */
public final class DurableOutbox implements Outbox, AutoCloseable {

    private final OutboxStore store;
    private final Transactions transactions;
    private final OutboundQueue queue;
    private final QueueLimits limits;
    private final Clock clock;
    private final AutoCloseable settler;

    /** @param queue built to remove a row from {@code store} when its message is settled */
    public DurableOutbox(OutboxStore store, Transactions transactions, OutboundQueue queue, QueueLimits limits,
                         Clock clock) {
        this(store, transactions, queue, limits, clock, () -> { });
    }

    private DurableOutbox(OutboxStore store, Transactions transactions, OutboundQueue queue, QueueLimits limits,
                          Clock clock, AutoCloseable settler) {
        this.settler = settler;
        this.store = Objects.requireNonNull(store, "store");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The production outbox: a queue with its own sender threads over {@code transport}, whose sent
     * rows are noted by the store the moment Telegram's answer is read and deleted in group commits.
     *
     * @param onBlocked told the chat id when a send gets 403
     */
    public static DurableOutbox start(OutboxStore store, Transactions transactions, Transport transport,
                                      LongConsumer onBlocked, QueueLimits limits, Clock clock) {
        Settler settler = new Settler(store::settled, store::remove);
        OutboundQueue queue = new OutboundQueue(transport, onBlocked, settler::accepted, settler, clock, limits, null,
                Waiter.PARK);
        return new DurableOutbox(store, transactions, queue, limits, clock, settler);
    }

    /** Queues what is left in the table from before (oldest first); returns how many. */
    public int resume() {
        List<StoredMessage> left = store.pending();
        left.forEach(row -> queue.send(row.message(), row.id()));
        return left.size();
    }

    @Override
    public void send(Outgoing message) {
        Instant deadline = limits.deadline(message, clock.instant());
        StoredMessage row = store.add(new Outgoing(message.chatId(), message.reply(), message.priority(), deadline),
                deadline);
        transactions.afterCommit(() -> queue.send(row.message(), row.id()));
    }

    public OutboundQueue queue() {
        return queue;
    }

    /** Drains the queue (up to its deadline), then deletes the rows of what was sent meanwhile. */
    @Override
    public void close() {
        queue.close();
        try {
            settler.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop removing sent rows", e);
        }
    }
}
