package ru.sleepbot.chat;

/** A conversation the bot takes part in: a private chat with one person, or a group. */
public record ChatRef(long id, boolean group) {

    /** A one-to-one chat, the usual case and the only one the console knows. */
    public static ChatRef privateChat(long id) {
        return new ChatRef(id, false);
    }
}
