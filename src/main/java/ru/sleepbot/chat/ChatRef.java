package ru.sleepbot.chat;

/**
 * A conversation the bot takes part in, a private chat with one person or a group, and the
 * person who did this in it ({@code userId}: the sender of the message or the presser of the
 * button). In a private chat both ids are the same; in a group, consent, /forget and the buttons
 * that delete something act for {@code userId}, never for the whole group.
 */
public record ChatRef(long id, boolean group, long userId) {

    /** A chat where the person is the chat itself (a private chat, the console). */
    public ChatRef(long id, boolean group) {
        this(id, group, id);
    }

    /** A one-to-one chat, the usual case and the only one the console knows. */
    public static ChatRef privateChat(long id) {
        return new ChatRef(id, false, id);
    }
}
