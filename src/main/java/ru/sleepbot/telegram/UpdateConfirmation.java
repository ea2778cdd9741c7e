package ru.sleepbot.telegram;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Telegram forgets an update only when a later getUpdates asks for a higher offset. The polling loop
 * does that with its next call, so the last batch before a shutdown would come again after the restart
 * and be answered twice. One short getUpdates with offset = last handled + 1 confirms it.
 */
final class UpdateConfirmation {

    private static final Logger log = LoggerFactory.getLogger(UpdateConfirmation.class);

    private final TelegramClient client;
    private final String token;

    UpdateConfirmation(TelegramClient client, String token) {
        this.client = client;
        this.token = token;
    }

    void confirmUpTo(int lastHandled, Duration timeout) {
        if (lastHandled <= 0) {
            return;
        }
        GetUpdates confirm = GetUpdates.builder().offset(lastHandled + 1).limit(1).timeout(0).build();
        try {
            client.executeAsync(confirm).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            log.info("confirmed updates up to {}", lastHandled);
        } catch (Exception e) {
            // Not fatal: the worst case is that the last batch is answered again after the restart.
            log.warn("could not confirm updates up to {}: {}", lastHandled, TokenRedaction.redact(e.toString(), token));
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
