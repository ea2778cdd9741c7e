package ru.sleepbot.outbound;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import ru.sleepbot.chat.Outgoing;

/**
 * The messages waiting for one chat, in the order they were sent, and when that chat may get the
 * next one. Only the queue's dispatcher touches it, under the queue's lock.
 */
final class Lane {

    /**
     * Where the lane is in the queue's structures; a lane is in exactly one place. COOLING: empty,
     * but kept until its next allowed time, because Telegram counts the last message against the next.
     */
    enum Place { IDLE, WAITING, READY_INTERACTIVE, READY_BULK, IN_FLIGHT, COOLING }

    /** One message, its row in the durable outbox (-1: none), until when it is worth sending. */
    static final class Item {
        final Outgoing message;
        final long seq;
        final long rowId;
        final Instant deadline;
        Instant startedAt;
        /** When the chat's previous message started, to tell a chat's own 429 from the bot's. */
        Instant previousStart;
        /** The lane it was taken from while in flight. */
        Lane lane;

        Item(Outgoing message, long seq, long rowId, Instant deadline) {
            this.message = message;
            this.seq = seq;
            this.rowId = rowId;
            this.deadline = deadline;
        }

        boolean expired(Instant now) {
            return now.isAfter(deadline);
        }

        boolean interactive() {
            return message.priority() == Outgoing.Priority.INTERACTIVE;
        }
    }

    final long chatId;
    final Deque<Item> items = new ArrayDeque<>();
    Place place = Place.IDLE;
    Instant notBefore = Instant.EPOCH;
    Instant lastStart;
    int interactive;

    Lane(long chatId) {
        this.chatId = chatId;
    }

    /** A lane with any answer in it goes ahead of lanes holding only bulk prompts. */
    boolean urgent() {
        return interactive > 0;
    }

    long headSeq() {
        Item head = items.peekFirst();
        return head == null ? Long.MAX_VALUE : head.seq;
    }
}
