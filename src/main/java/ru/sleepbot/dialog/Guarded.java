package ru.sleepbot.dialog;

import java.util.List;

/**
 * What the {@link Guard} answers a message with: its replies, and whether an open flow may answer
 * first ({@code flowFirst}: a warning sign told as the answer to the symptom check's question is
 * the check's to sum up; an emergency never waits).
 */
public record Guarded(List<ru.sleepbot.chat.Reply> replies, boolean flowFirst) {

    public Guarded {
        replies = List.copyOf(replies);
    }
}
