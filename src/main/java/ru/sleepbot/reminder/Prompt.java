package ru.sleepbot.reminder;

import java.time.Instant;
import java.util.Optional;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.store.prompt.PromptKind;

/**
 * One prompt that is due: whose, of which kind, due when; how to claim it (a conditional update
 * that only one caller wins, once per kind and local day) and what to send once claimed.
 */
public interface Prompt {

    long chatId();

    PromptKind kind();

    /** The due instant as stored, the one the claim is conditional on. */
    Instant dueAt();

    /** True for exactly one caller; false when another instance (or an earlier poll) claimed it. */
    boolean claim(Instant now);

    /** The message, read after the claim; empty when there is nothing worth sending (a week without entries). */
    Optional<Reply> compose();
}
