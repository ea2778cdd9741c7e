package ru.sleepbot.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Remembers which text each recent message had when the bot answered it, so that an edit is
 * answered once as a new message, and an "edit" that leaves the text as it was (Telegram sends those
 * when a link preview is added) is not answered again. Bounded and short-lived: it only has to cover
 * the minutes in which people edit.
 */
final class SeenMessages {

    private final Cache<Key, Integer> answered;

    SeenMessages(long maxEntries, Duration keepFor) {
        this.answered = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(keepFor).build();
    }

    static SeenMessages standard() {
        return new SeenMessages(50_000, Duration.ofHours(1));
    }

    /** Records the text of a message; false when this very text of this message was answered before. */
    boolean firstTime(long chatId, int messageId, String text) {
        int hash = text.hashCode();
        Integer before = answered.asMap().put(new Key(chatId, messageId), hash);
        return before == null || before != hash;
    }

    /** Forgets a message whose answer could not be stored, so that its retry is answered. */
    void forget(long chatId, int messageId) {
        answered.invalidate(new Key(chatId, messageId));
    }

    private record Key(long chatId, int messageId) {
    }
}
