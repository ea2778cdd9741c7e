package ru.sleepbot.chat;

import java.time.Instant;
import java.util.Objects;

/**
 * A reply addressed to a chat, with the priority the outbound queue gives it and, optionally,
 * the instant after which it is no use any more ({@code notAfter}; null: the queue's default for
 * the priority, about ten minutes for an answer).
 */
public record Outgoing(long chatId, Reply reply, Priority priority, Instant notAfter) {

    /** People who are chatting go ahead of bulk evening prompts. */
    public enum Priority { INTERACTIVE, BULK }

    public Outgoing {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(priority, "priority");
    }

    public Outgoing(long chatId, Reply reply, Priority priority) {
        this(chatId, reply, priority, null);
    }

    public static Outgoing answer(long chatId, Reply reply) {
        return new Outgoing(chatId, reply, Priority.INTERACTIVE);
    }

    /** The same message with other content (a part of a long text). */
    public Outgoing withReply(Reply other) {
        return new Outgoing(chatId, other, priority, notAfter);
    }
}
