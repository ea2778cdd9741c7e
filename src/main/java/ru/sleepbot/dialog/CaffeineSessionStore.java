package ru.sleepbot.dialog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;

/**
 * Sessions in memory, in a Caffeine cache that forgets a conversation idle for longer than
 * {@link SessionSettings#idleExpiry()} and keeps at most {@link SessionSettings#maxSessions()};
 * time comes from the injected clock. The session object itself is kept, so saving is free.
 */
public final class CaffeineSessionStore implements SessionStore {

    private final Cache<Long, Session> cache;

    public CaffeineSessionStore(SessionSettings settings, Clock clock) {
        Ticker ticker = () -> {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
        this.cache = Caffeine.newBuilder()
                .expireAfterAccess(settings.idleExpiry())
                .maximumSize(settings.maxSessions())
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Session load(long chatId) {
        return cache.get(chatId, Session::new);
    }

    @Override
    public void save(Session session) {
        cache.put(session.chatId(), session);
    }

    @Override
    public void remove(long chatId) {
        cache.invalidate(chatId);
    }

    @Override
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}
