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
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.LongConsumer;
import java.util.function.LongToIntFunction;

/**
 * A bounded queue per chat. A chat may have at most {@code perChat} answers waiting to be sent
 * plus updates being handled; beyond that its older updates in a batch are skipped, the newest
 * are answered, and the chat is told once a minute, calmly, that it writes faster than the bot
 * can answer. Other chats do not notice: their updates and their places in the queue are untouched.
 *
 * <p>Button presses have a wider room ({@value #PRESS_ROOM_FACTOR} times as many): the diary's
 * check-in is several taps in a few seconds, each a choice the person made, and skipping one
 * because the bot was slow to answer the one before would lose it. A press costs no
 * classification, so only a flood of presses far beyond any check-in is skipped.
 */
final class FloodGate {

    static final int PER_CHAT = 5;
    static final int PRESS_ROOM_FACTOR = 4;
    private static final Duration NOTICE_EVERY = Duration.ofMinutes(1);

    private final LongToIntFunction waiting;
    private final LongConsumer notify;
    private final Consumer<String> releasePress;
    private final Predicate<String> alarming;
    private final int perChat;
    private final Cache<Long, Boolean> noticed;

    /**
     * @param waiting how many messages the chat has waiting to be sent
     * @param notify  tells the chat (its id) that older messages are skipped
     * @param releasePress stops the spinner of a skipped button press (its callback query id), which
     *                     would otherwise turn on the person's screen until Telegram gives up
     * @param alarming     texts never skipped: "он не дышит" among a parent's six quick messages must
     *                     be answered, however fast they come
     */
    FloodGate(LongToIntFunction waiting, LongConsumer notify, Consumer<String> releasePress,
              Predicate<String> alarming, int perChat) {
        this.waiting = waiting;
        this.notify = notify;
        this.releasePress = releasePress;
        this.alarming = alarming;
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
            if (chat.getKey() == 0) {
                continue;
            }
            int waitingNow = waiting.applyAsInt(chat.getKey());
            List<Received> presses = chat.getValue().stream().filter(FloodGate::isPress).toList();
            List<Received> messages = chat.getValue().stream().filter(r -> !isPress(r) && !isAlarming(r)).toList();
            int before = skipped.size();
            skipOlder(messages, perChat - waitingNow, skipped);
            int pressesBefore = skipped.size();
            skipOlder(presses, perChat * PRESS_ROOM_FACTOR - waitingNow, skipped);
            presses.subList(0, skipped.size() - pressesBefore)
                    .forEach(r -> releasePress.accept(r.update().getCallbackQuery().getId()));
            if (skipped.size() > before && noticed.asMap().putIfAbsent(chat.getKey(), Boolean.TRUE) == null) {
                notify.accept(chat.getKey());
            }
        }
        return skipped.isEmpty() ? batch : batch.stream().filter(r -> !skipped.contains(r)).toList();
    }

    /** Keeps the newest {@code room} of {@code updates} (in their order) and skips the older ones. */
    private static void skipOlder(List<Received> updates, int room, Set<Received> skipped) {
        int keep = Math.max(0, room);
        if (updates.size() > keep) {
            skipped.addAll(updates.subList(0, updates.size() - keep));
        }
    }

    private boolean isAlarming(Received received) {
        String text = received.update().hasMessage() ? received.update().getMessage().getText() : null;
        return text != null && alarming.test(text);
    }

    private static boolean isPress(Received received) {
        return received.update().hasCallbackQuery();
    }
}
