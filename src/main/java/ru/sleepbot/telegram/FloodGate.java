package ru.sleepbot.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongToIntFunction;

/**
 * A bounded queue per chat. A chat may have at most {@code perChat} answers waiting to be sent
 * plus updates being handled; beyond that its older updates in a batch are skipped, the newest
 * are answered, and the chat is told once a minute, calmly, that it writes faster than the bot
 * can answer. Other chats do not notice: their updates and their places in the queue are untouched.
 */
final class FloodGate {

    static final int PER_CHAT = 5;
    private static final Duration NOTICE_EVERY = Duration.ofMinutes(1);

    private final LongToIntFunction waiting;
    private final LongConsumer notify;
    private final int perChat;
    private final Cache<Long, Boolean> noticed;

    /**
     * @param waiting how many messages the chat has waiting to be sent
     * @param notify  tells the chat (its id) that older messages are skipped
     */
    FloodGate(LongToIntFunction waiting, LongConsumer notify, int perChat) {
        this.waiting = waiting;
        this.notify = notify;
        this.perChat = perChat;
        this.noticed = Caffeine.newBuilder().expireAfterWrite(NOTICE_EVERY).maximumSize(100_000).build();
    }

    /** The updates of {@code batch} to handle, in their order; the rest are skipped (and confirmed). */
    List<Received> admit(List<Received> batch) {
        Map<Long, List<Received>> byChat = new LinkedHashMap<>();
        for (Received received : batch) {
            if (received.readable()) {
                byChat.computeIfAbsent(UpdateDispatcher.chatOf(received.update()), c -> new ArrayList<>()).add(received);
            }
        }
        Set<Received> skipped = new HashSet<>();
        for (Map.Entry<Long, List<Received>> chat : byChat.entrySet()) {
            List<Received> updates = chat.getValue();
            int room = Math.max(0, perChat - waiting.applyAsInt(chat.getKey()));
            if (chat.getKey() == 0 || updates.size() <= room) {
                continue;
            }
            skipped.addAll(updates.subList(0, updates.size() - room));
            if (noticed.asMap().putIfAbsent(chat.getKey(), Boolean.TRUE) == null) {
                notify.accept(chat.getKey());
            }
        }
        return skipped.isEmpty() ? batch : batch.stream().filter(r -> !skipped.contains(r)).toList();
    }
}
