package ru.sleepbot.outbound;

import java.util.List;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbound queue's bookkeeping of what became of messages: the counters, the log lines (chat
 * id and kind, never the text), and telling the durable outbox which rows are done. Counting runs
 * under the queue's lock; {@link #settle} runs outside it, because removing a row is a commit.
 */
final class Outcomes {

    private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);
    /**
     * When each durable message was noted as settled (System.nanoTime, the same clock for every
     * process on a Linux machine): the chaos bench turns it on at DEBUG to measure how long after
     * Telegram's answer the note came. Off by default; chat id and row id only, never text.
     */
    static final Logger TIMING = LoggerFactory.getLogger("ru.sleepbot.outbound.timing");

    final QueueStats.Counters stats = new QueueStats.Counters();
    private final LongConsumer onAccepted;
    private final LongConsumer onSettled;

    Outcomes(LongConsumer onAccepted, LongConsumer onSettled) {
        this.onAccepted = onAccepted;
        this.onSettled = onSettled;
    }

    /**
     * Telegram accepted the message: its row is noted at once, on the thread that read the answer
     * (the HTTP client's), outside the queue's lock. Not counted here: {@link Retries} counts it
     * with the result.
     */
    void accepted(Lane.Item item) {
        if (item.rowId < 0) {
            return;
        }
        try {
            onAccepted.accept(item.rowId);
            timing(item);
        } catch (RuntimeException e) {
            log.warn("could not note outbox row {} as sent: a crash before its deletion sends it again", item.rowId, e);
        }
    }

    private static void timing(Lane.Item item) {
        if (TIMING.isDebugEnabled()) {
            TIMING.debug("noted row {} chat {} nanos {}", item.rowId, item.message.chatId(), System.nanoTime());
        }
    }

    /** A message given up for good. */
    void dropped(Lane.Item item, String reason) {
        stats.dropped++;
        log.warn("message to chat {} ({}) dropped: {}", item.message.chatId(), item.message.priority(), reason);
    }

    /** Messages not sent now but kept in the durable outbox for the next start; memory-only ones are lost. */
    void left(List<Lane.Item> items, String why) {
        long durable = items.stream().filter(i -> i.rowId >= 0).count();
        stats.deferred += durable;
        stats.dropped += items.size() - durable;
        if (!items.isEmpty()) {
            log.warn("{}: {} messages left for the next start, {} lost", why, durable, items.size() - durable);
        }
    }

    /** The rows of messages sent or given up can go. */
    void settle(List<Lane.Item> items) {
        for (Lane.Item item : items) {
            if (item.rowId < 0) {
                continue;
            }
            try {
                onSettled.accept(item.rowId);
                timing(item);
            } catch (RuntimeException e) {
                log.error("could not remove outbox row {}: it may be sent again after a restart", item.rowId, e);
            }
        }
    }
}
