package ru.sleepbot.dialog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;

/** Per-chat sessions in a Caffeine cache, expiring when idle; time comes from the injected clock. */
final class Sessions {

    private final Cache<Long, Session> cache;

    Sessions(SessionSettings settings, Clock clock) {
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

    Session of(long chatId) {
        return cache.get(chatId, Session::new);
    }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

}
