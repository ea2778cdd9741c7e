package ru.sleepbot.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.sleepbot.app.Bot;
import ru.sleepbot.chat.DeliveryResult;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Transport;
import ru.sleepbot.outbound.TelegramLimits;

/**
 * An in-process stand-in for the Bot API for benchmarks, as strict as Telegram's published
 * limits ({@link TelegramLimits}): a message over the rate gets a 429.
 */
final class FakeBotApi implements Transport {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final Clock clock;
    private final Deque<Instant> lastSecond = new ArrayDeque<>();
    private final Map<Long, Instant> lastPerChat = new HashMap<>();
    private final Map<Long, Integer> perChat = new HashMap<>();
    private final List<Instant> deliveredAt = new ArrayList<>();
    private long rejected;

    FakeBotApi(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized DeliveryResult deliver(Outgoing message) {
        Instant now = clock.instant();
        while (!lastSecond.isEmpty() && !lastSecond.peekFirst().plus(SECOND).isAfter(now)) {
            lastSecond.pollFirst();
        }
        Instant chatLast = lastPerChat.get(message.chatId());
        if (lastSecond.size() >= TelegramLimits.MESSAGES_PER_SECOND || (chatLast != null && chatLast.plus(TelegramLimits.PER_CHAT_GAP).isAfter(now))) {
            rejected++;
            return new DeliveryResult.RetryAfter(SECOND);
        }
        lastSecond.addLast(now);
        lastPerChat.put(message.chatId(), now);
        perChat.merge(message.chatId(), 1, Integer::sum);
        deliveredAt.add(now);
        notifyAll();
        return new DeliveryResult.Delivered();
    }

    /** Waits (real time) until {@code count} messages arrived or {@code timeout} passed. */
    synchronized void awaitDelivered(int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (deliveredAt.size() < count && System.nanoTime() < end) {
            wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
        }
    }

    synchronized List<Instant> deliveredAt() {
        return List.copyOf(deliveredAt);
    }

    synchronized Map<Long, Integer> perChat() {
        return Map.copyOf(perChat);
    }

    synchronized long rejected() {
        return rejected;
    }
}
