package ru.sleepbot.chat;

import java.util.Objects;

/** A reply addressed to a chat, with the priority the outbound queue gives it. */
public record Outgoing(long chatId, Reply reply, Priority priority) {

    /** People who are chatting go ahead of bulk evening prompts. */
    public enum Priority { INTERACTIVE, BULK }

    public Outgoing {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(priority, "priority");
    }

    public static Outgoing answer(long chatId, Reply reply) {
        return new Outgoing(chatId, reply, Priority.INTERACTIVE);
    }
}
