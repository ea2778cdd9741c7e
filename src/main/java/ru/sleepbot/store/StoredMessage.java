package ru.sleepbot.store;

import java.time.Instant;
import java.util.Objects;
import ru.sleepbot.chat.Outgoing;

/** A message in the durable outbox: its row id (the order of sending), and when it is given up. */
public record StoredMessage(long id, Outgoing message, Instant deadline) {

    public StoredMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(deadline, "deadline");
    }
}
