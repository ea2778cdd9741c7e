package ru.sleepbot.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the simulated users expect and what arrived. Every question comes from a chat of its own
 * and expects exactly one answer; chats with a prompt due expect one prompt as well. A message
 * beyond the expected ones is a duplicate. For each duplicate the ledger knows the first copy of
 * that text in that chat and what became of its HTTP answer ({@link LoopbackBotApi.Answer}), so
 * the bench can tell whether the bot ever had Telegram's "ok" for it.
 */
final class ChaosLedger {

    /** What one chat expects: how many messages, since when (nanoTime). */
    private static final class Chat {
        int expected;
        long askedNanos;
        final List<Long> arrivals = new ArrayList<>();
        final List<LoopbackBotApi.Sent> copies = new ArrayList<>();
        final Map<LoopbackBotApi.Sent, LoopbackBotApi.Answer> answers = new HashMap<>();
        String firstText;
    }

    /**
     * A message that arrived more than once: the first copy, what became of its HTTP answer (null:
     * none was written, the bot was gone), and how many copies came after it.
     */
    record Duplicate(long chatId, LoopbackBotApi.Sent first, LoopbackBotApi.Answer answer, int extra) {
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
        chat.copies.add(sent);
        if (chat.firstText == null) {
            chat.firstText = sent.text();
        }
    }

    synchronized void answered(LoopbackBotApi.Answer answer) {
        Chat chat = chats.get(answer.sent().chatId());
        if (chat != null) {
            chat.answers.put(answer.sent(), answer);
        }
    }

    /**
     * Every message that arrived more than once in a chat that expects something, by its text (a
     * message sent again has the same text; a chat's answer and its prompt differ).
     */
    synchronized List<Duplicate> duplicateMessages() {
        List<Duplicate> out = new ArrayList<>();
        chats.forEach((id, c) -> {
            if (c.expected == 0) {
                return;
            }
            Map<String, List<LoopbackBotApi.Sent>> byText = new java.util.LinkedHashMap<>();
            c.copies.forEach(s -> byText.computeIfAbsent(s.text(), t -> new ArrayList<>()).add(s));
            byText.values().stream().filter(l -> l.size() > 1).forEach(l -> out.add(
                    new Duplicate(id, l.get(0), c.answers.get(l.get(0)), l.size() - 1)));
        });
        return out;
    }

    /**
     * Messages accepted between {@code since} and {@code at} whose HTTP answer had not been written
     * {@code graceNanos} before {@code at}: in flight at that moment, as far as the bot could know.
     */
    synchronized int inFlightAt(long since, long at, long graceNanos) {
        int n = 0;
        for (Chat c : chats.values()) {
            for (LoopbackBotApi.Sent s : c.copies) {
                LoopbackBotApi.Answer a = c.answers.get(s);
                if (s.arrivedNanos() > since && s.arrivedNanos() <= at && (a == null || a.nanos() > at - graceNanos)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Per chat that got exactly one message, when its HTTP answer was written (chats whose answer was dropped left out). */
    synchronized Map<Long, Long> singleAnswers() {
        Map<Long, Long> out = new HashMap<>();
        chats.forEach((id, c) -> {
            if (c.copies.size() == 1) {
                LoopbackBotApi.Answer a = c.answers.get(c.copies.get(0));
                if (a != null && !a.dropped()) {
                    out.put(id, a.nanos());
                }
            }
        });
        return out;
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
