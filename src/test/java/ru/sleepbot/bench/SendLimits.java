package ru.sleepbot.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import ru.sleepbot.outbound.TelegramLimits;

/**
 * Telegram's sending limits as {@link LoopbackBotApi} enforces them: at most {@code perSecond} messages
 * in any sliding second across all chats, and at least {@code perChatGap} between two messages to
 * one chat. Times are {@link System#nanoTime()} values passed in.
 */
final class SendLimits {

    private final int perSecond;
    private final long perChatGapNanos;
    private final Deque<Long> recent = new ArrayDeque<>();
    private final Map<Long, Long> lastByChat = new HashMap<>();
    private long refused;

    SendLimits(int perSecond, Duration perChatGap) {
        if (perSecond < 1 || perChatGap.isNegative()) {
            throw new IllegalArgumentException("bad limits: " + perSecond + "/s, gap " + perChatGap);
        }
        this.perSecond = perSecond;
        this.perChatGapNanos = perChatGap.toNanos();
    }

    static SendLimits telegram() {
        return new SendLimits(TelegramLimits.MESSAGES_PER_SECOND, TelegramLimits.PER_CHAT_GAP);
    }

    /** True and counted when a message may go now; false (a 429) otherwise. */
    synchronized boolean tryAcquire(long chatId, long nowNanos) {
        long windowStart = nowNanos - 1_000_000_000L;
        while (!recent.isEmpty() && recent.peekFirst() <= windowStart) {
            recent.removeFirst();
        }
        Long last = lastByChat.get(chatId);
        if (recent.size() >= perSecond || last != null && nowNanos - last < perChatGapNanos) {
            refused++;
            return false;
        }
        recent.addLast(nowNanos);
        lastByChat.put(chatId, nowNanos);
        return true;
    }

    synchronized long refused() {
        return refused;
    }
}
