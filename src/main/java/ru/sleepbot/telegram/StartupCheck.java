package ru.sleepbot.telegram;

import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Asks Telegram who the bot is (getMe) before polling: it proves the token works and gives the
 * username that group mentions use. A refused token fails at once with a clear message; a network
 * that is down is waited out for a few attempts.
 */
final class StartupCheck {

    private static final Logger log = LoggerFactory.getLogger(StartupCheck.class);

    private final TelegramClient client;
    private final ChannelOptions options;
    private final String token;
    private final Pause pause;

    /** How the check waits between attempts: the real thread sleeps, tests record the wait instead. */
    @FunctionalInterface
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    StartupCheck(TelegramClient client, ChannelOptions options, String token) {
        this(client, options, token, Thread::sleep);
    }

    StartupCheck(TelegramClient client, ChannelOptions options, String token, Pause pause) {
        this.client = client;
        this.options = options;
        this.token = token;
        this.pause = pause;
    }

    BotIdentity whoAmI() {
        PollingBackOff backOff = new PollingBackOff(options.backOffInitial(), options.backOffMax(),
                RandomGenerator.getDefault());
        for (int attempt = 1; ; attempt++) {
            try {
                User me = client.execute(new GetMe());
                return new BotIdentity(me.getId(), me.getUserName());
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                if (code != null && (code == 401 || code == 404)) {
                    throw new IllegalStateException("Telegram does not accept TELEGRAM_BOT_TOKEN (HTTP " + code
                            + "): check the token with @BotFather");
                }
                if (code != null && code < 500 && code != 429) {
                    throw new IllegalStateException("getMe failed: HTTP " + code + " "
                            + TokenRedaction.redact(e.getApiResponse(), token));
                }
                waitOrGiveUp(attempt, "HTTP " + code, backOff);
            } catch (TelegramApiException e) {
                waitOrGiveUp(attempt, TokenRedaction.redact(rootCause(e).toString(), token), backOff);
            }
        }
    }

    private void waitOrGiveUp(int attempt, String why, PollingBackOff backOff) {
        if (attempt >= options.startAttempts()) {
            throw new IllegalStateException("Telegram is not reachable after " + attempt + " attempts: " + why);
        }
        long millis = backOff.nextBackOffMillis();
        log.warn("getMe failed ({}); trying again in {} ms", why, millis);
        try {
            pause.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Telegram", e);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
