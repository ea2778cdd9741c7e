package ru.sleepbot.telegram;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ru.sleepbot.chat.Attachment;
import ru.sleepbot.chat.DeliveryResult;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Transport;

/**
 * Puts one message on the wire with sendMessage (sendPhoto or sendDocument for a reply with a file,
 * its text as the caption) and tells the outbound queue what happened, in its
 * terms: 429 → wait retry_after, 403 → the user blocked the bot, 5xx and network errors → try again
 * later, other 4xx → give up. No pacing and no retries here: that is the queue's job. The one extra
 * call is a plain-text resend when Telegram rejects the HTML, so a markup slip never costs the answer.
 */
final class TelegramTransport implements Transport {

    private static final Logger log = LoggerFactory.getLogger(TelegramTransport.class);
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    /** A sendMessage answer as Telegram writes it, read once at start (see {@link #warmUpInBackground}). */
    private static final String SAMPLE_ANSWER = "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1700000000,"
            + "\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"x\"}}";

    private final TelegramClient client;
    private final MessageRenderer renderer;
    private final String token;

    TelegramTransport(TelegramClient client, MessageRenderer renderer, String token) {
        this.client = client;
        this.renderer = renderer;
        this.token = token;
    }

    /**
     * Reads one sample sendMessage answer on a thread of its own, so that the first real answer is
     * read at once. In a fresh JVM that first read builds the library's deserializer for Message,
     * about a second on a busy machine: a second in which Telegram has accepted the message and the
     * bot does not know it yet, so a kill -9 then sends it again at the next start (and a start sends
     * what the last run left, at once).
     */
    void warmUpInBackground() {
        Thread thread = new Thread(() -> {
            try {
                new SendMessage("1", "x").deserializeResponse(SAMPLE_ANSWER);
            } catch (TelegramApiException | RuntimeException e) {
                log.debug("reading a sample sendMessage answer failed: {}", e.toString());
            }
        }, "telegram-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** One Bot API call that sends something: started, its answer read on the HTTP client's thread. */
    @FunctionalInterface
    private interface ApiCall {
        CompletableFuture<?> start() throws TelegramApiException;
    }

    @Override
    public DeliveryResult deliver(Outgoing message) {
        return deliver(message, () -> { });
    }

    @Override
    public DeliveryResult deliver(Outgoing message, Runnable onAccepted) {
        Attachment file = message.reply().file().orElse(null);
        if (file == null && message.reply().text().isBlank()) {
            return new DeliveryResult.Failed(false, "empty text: Telegram rejects it");
        }
        DeliveryResult result = send(call(message, file, false), onAccepted);
        if (result instanceof DeliveryResult.Failed failed && failed.reason().toLowerCase(Locale.ROOT).contains("can't parse entities")) {
            log.warn("Telegram rejected the HTML of a reply to chat {} ({}); sending it as plain text",
                    message.chatId(), failed.reason());
            return send(call(message, file, true), onAccepted);
        }
        return result;
    }

    /** sendMessage, or sendPhoto / sendDocument with the text as caption when the reply carries a file. */
    private ApiCall call(Outgoing message, Attachment file, boolean plain) {
        if (file == null) {
            SendMessage send = plain ? renderer.renderPlain(message) : renderer.render(message);
            return () -> client.executeAsync(send);
        }
        if (file.kind() == Attachment.Kind.PHOTO) {
            return () -> client.executeAsync(renderer.photo(message, file, plain));
        }
        return () -> client.executeAsync(renderer.document(message, file, plain));
    }

    /**
     * Runs the call and waits for its answer. {@code onAccepted} runs in the answer's callback, on
     * the HTTP client's thread right after it parsed Telegram's "ok", not after this thread wakes:
     * on a busy machine that wake-up took milliseconds, in which a kill -9 sent the message twice.
     */
    private DeliveryResult send(ApiCall call, Runnable onAccepted) {
        try {
            CompletableFuture<?> answer = call.start().whenComplete((sent, error) -> {
                if (error == null) {
                    accepted(onAccepted);
                }
            });
            answer.get();
            return new DeliveryResult.Delivered();
        } catch (ExecutionException e) {
            return failure(e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult.Failed(true, "network: interrupted while waiting for the answer");
        } catch (TelegramApiException e) {
            return failure(e);
        } catch (RuntimeException e) {
            // A bug in the library or a malformed call would fail again: not retryable.
            return new DeliveryResult.Failed(false, "unexpected: " + TokenRedaction.redact(e.toString(), token));
        }
    }

    private static void accepted(Runnable onAccepted) {
        try {
            onAccepted.run();
        } catch (RuntimeException e) {
            log.warn("could not note a message Telegram accepted: a crash may send it again ({})", e.toString());
        }
    }

    private DeliveryResult failure(Throwable e) {
        if (e instanceof TelegramApiRequestException request) {
            return fromApiError(request);
        }
        // No API answer at all: the connection failed or timed out. Worth another try.
        return new DeliveryResult.Failed(true, "network: " + describe(e));
    }

    private DeliveryResult fromApiError(TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        String reason = "HTTP " + code + ": " + TokenRedaction.redact(String.valueOf(e.getApiResponse()), token);
        if (code == 429) {
            ResponseParameters parameters = e.getParameters();
            Integer seconds = parameters == null ? null : parameters.getRetryAfter();
            return new DeliveryResult.RetryAfter(seconds == null || seconds < 1 ? DEFAULT_RETRY_AFTER
                    : Duration.ofSeconds(seconds));
        }
        if (code == 403) {
            return new DeliveryResult.Blocked();
        }
        if (code >= 500 || code == 0) {
            return new DeliveryResult.Failed(true, reason);
        }
        return new DeliveryResult.Failed(false, reason);
    }

    /** The exception chain in one line, token-free; the root cause says what went wrong. */
    private String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return TokenRedaction.redact(root == e ? e.toString() : e.getMessage() + " / " + root, token);
    }
}
