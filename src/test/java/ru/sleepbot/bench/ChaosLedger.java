package ru.sleepbot.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the simulated users expect and what arrived. Every question comes from a chat of its own
 * and expects exactly one answer; chats with a prompt due expect one prompt as well. A message
 * beyond the expected ones is a duplicate; it is "explained" when the Bot API dropped an answer
 * to that chat (Telegram's answer lost: the bot cannot know the message arrived) or a kill -9 hit
 * while it was in flight.
 */
final class ChaosLedger {

    /** What one chat expects: how many messages, since when (nanoTime). */
    private static final class Chat {
        int expected;
        long askedNanos;
        final List<Long> arrivals = new ArrayList<>();
        String firstText;
    }

    private final Map<Long, Chat> chats = new HashMap<>();

    synchronized void expect(long chatId, int messages, long sinceNanos) {
        Chat chat = chats.computeIfAbsent(chatId, id -> new Chat());
        chat.expected += messages;
        if (chat.askedNanos == 0) {
            chat.askedNanos = sinceNanos;
        }
    }

    synchronized void arrived(LoopbackBotApi.Sent sent) {
        Chat chat = chats.computeIfAbsent(sent.chatId(), id -> new Chat());
        chat.arrivals.add(sent.arrivedNanos());
        if (chat.firstText == null) {
            chat.firstText = sent.text();
        }
    }

    /** How many messages the chat got so far. */
    synchronized int count(long chatId) {
        Chat chat = chats.get(chatId);
        return chat == null ? 0 : chat.arrivals.size();
    }

    synchronized String firstText(long chatId) {
        Chat chat = chats.get(chatId);
        return chat == null ? null : chat.firstText;
    }

    /** When each message to the chat arrived (nanoTime). */
    synchronized List<Long> arrivals(long chatId) {
        Chat chat = chats.get(chatId);
        return chat == null ? List.of() : List.copyOf(chat.arrivals);
    }

    /** When the first message to the chat arrived (nanoTime), or 0. */
    synchronized long firstArrival(long chatId) {
        Chat chat = chats.get(chatId);
        return chat == null || chat.arrivals.isEmpty() ? 0 : chat.arrivals.get(0);
    }

    /** Seconds from asking to the first arrival, or -1. */
    synchronized double latency(long chatId) {
        Chat chat = chats.get(chatId);
        return chat == null || chat.arrivals.isEmpty() ? -1 : (chat.arrivals.get(0) - chat.askedNanos) / 1e9;
    }

    /** Messages still missing in all chats. */
    synchronized int missing() {
        return chats.values().stream().mapToInt(c -> Math.max(0, c.expected - c.arrivals.size())).sum();
    }

    synchronized int expectedTotal() {
        return chats.values().stream().mapToInt(c -> c.expected).sum();
    }

    /** Messages beyond what was expected, per chat. */
    synchronized Map<Long, Integer> duplicates() {
        Map<Long, Integer> out = new HashMap<>();
        chats.forEach((id, c) -> {
            if (c.expected > 0 && c.arrivals.size() > c.expected) {
                out.put(id, c.arrivals.size() - c.expected);
            }
        });
        return out;
    }
}
