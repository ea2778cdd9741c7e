package ru.sleepbot.telegram;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * Sits between TelegramBots' polling loop and the network. A failed getUpdates (network down, 409,
 * 5xx, 429, 401) is logged once in plain words, waited out with back-off, and handed to the library
 * as an empty batch, so the library never logs a stack trace per retry and never sees a URL that
 * carries the token. On shutdown it answers at once with an empty batch, which ends the long poll.
 */
final class PollingGuard implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(PollingGuard.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String EMPTY_BATCH = "{\"ok\":true,\"result\":[]}";

    private final OkHttpClient network;
    private final BackOff backOff;
    private final String token;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Call inFlight;
    private int failuresInARow;

    /** @param network the client that really talks to Telegram (without this guard) */
    PollingGuard(OkHttpClient network, BackOff backOff, String token) {
        this.network = network;
        this.backOff = backOff;
        this.token = token;
    }

    /** Ends the current long poll and any back-off wait; later polls return nothing. */
    void stop() {
        stopped.countDown();
        Call call = inFlight;
        if (call != null) {
            call.cancel();
        }
    }

    boolean stopping() {
        return stopped.getCount() == 0;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        // TelegramBots spells the path "getupdates"; the Bot API treats method names case-insensitively.
        boolean polling = request.url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates");
        if (!polling) {
            return chain.proceed(request);
        }
        // The poll runs as a call of its own: cancelling the library's call at shutdown would make
        // OkHttp throw past this interceptor, and the library would log it as an error.
        Call call = network.newCall(request);
        inFlight = call;
        if (stopping()) {
            call.cancel();
        }
        int code;
        try (Response response = call.execute()) {
            code = response.code();
            if (response.isSuccessful()) {
                // Read here, so that a connection lost in the middle of the body is handled here too.
                ResponseBody body = response.body();
                byte[] bytes = body == null ? new byte[0] : body.bytes();
                recovered();
                return response.newBuilder()
                        .body(ResponseBody.create(bytes, body == null ? JSON : body.contentType()))
                        .build();
            }
        } catch (IOException e) {
            if (!stopping()) {
                failed("network error (" + TokenRedaction.redact(e.toString(), token) + ")", false);
            }
            return emptyBatch(request);
        } finally {
            inFlight = null;
        }
        if (code == 409) {
            failed("HTTP 409 Conflict: another process is polling with the same bot token (or a webhook is set)."
                    + " Only one instance of the bot may run; stop the other one", true);
        } else if (code == 401 || code == 404) {
            failed("HTTP " + code + ": Telegram does not accept the bot token (revoked or mistyped?)", true);
        } else {
            failed("HTTP " + code + " from Telegram", false);
        }
        return emptyBatch(request);
    }

    private void failed(String what, boolean serious) {
        failuresInARow++;
        long waitMillis = backOff.nextBackOffMillis();
        if (failuresInARow == 1 || serious) {
            log.warn("getUpdates failed: {}; polling again in {} ms", what, waitMillis);
        } else {
            log.debug("getUpdates failed again ({} in a row): {}; next try in {} ms", failuresInARow, what, waitMillis);
        }
        pause(waitMillis);
    }

    private void recovered() {
        if (failuresInARow > 0) {
            log.info("getUpdates works again after {} failed attempts", failuresInARow);
            failuresInARow = 0;
        }
        backOff.reset();
    }

    private void pause(long millis) {
        try {
            stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Response emptyBatch(Request request) {
        return new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .body(ResponseBody.create(EMPTY_BATCH, JSON))
                .build();
    }
}
