package ru.sleepbot.outbound;

import java.time.Duration;

/**
 * Telegram's published sending limits, written here once: the outbound queue paces by them and the
 * benchmarks' stand-in Bot APIs enforce them.
 */
public final class TelegramLimits {

    /** Messages in any one second across all chats. */
    public static final int MESSAGES_PER_SECOND = 30;
    /** The least time between two messages to one chat. */
    public static final Duration PER_CHAT_GAP = Duration.ofSeconds(1);

    private TelegramLimits() {
    }
}
