package ru.sleepbot.dialog;

import java.time.Instant;
import java.util.Objects;
import ru.sleepbot.chat.ChatRef;

/** The context of one update as a feature sees it: the chat, its session and the time of the update. */
public record Turn(ChatRef chat, Session session, Instant now) {

    public Turn {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(now, "now");
    }
}
