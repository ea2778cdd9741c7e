package ru.sleepbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A MockWebServer dispatcher that speaks enough of the Bot API for the channel: getMe, deleteWebhook,
 * setMyCommands, getUpdates (long poll with offsets, fed by the test), sendMessage,
 * answerCallbackQuery and sendChatAction. It records every call in arrival order.
 */
final class ScriptedBotApi extends Dispatcher {

    /** One recorded call: the Bot API method and its JSON body. */
    record Call(String method, JsonNode body, String path) {
        @Override
        public String toString() {
            return method;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL_WAIT = Duration.ofMillis(200);
    private static final List<String> METHODS = List.of("getMe", "deleteWebhook", "setMyCommands", "getUpdates",
            "sendMessage", "answerCallbackQuery", "sendChatAction", "sendPhoto", "sendDocument");

    private final List<Call> calls = new ArrayList<>();
    private final List<String> pending = new ArrayList<>(); // update JSON, in order
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    private int failPolls;
    private int failCode;
    private boolean repeatNextBatch;
    private boolean replayNext;

    /** Makes an update available to the next getUpdates. */
    synchronized void deliver(String updateJson) {
        pending.add(updateJson);
        notifyAll();
    }

    /** The next {@code times} getUpdates fail: with this HTTP code, or by dropping the connection (code 0). */
    synchronized void failPolls(int times, int code) {
        this.failPolls = times;
        this.failCode = code;
    }

    /** Waits until the scripted poll failures have all been served. */
    synchronized void awaitFailuresServed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (failPolls > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(failPolls + " scripted poll failures were never served");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** The next batch is sent again on the following poll, whatever offset the bot asks for. */
    synchronized void repeatNextBatch() {
        this.repeatNextBatch = true;
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls other than polling, in order: what the bot said and did. */
    synchronized List<Call> actions() {
        return calls.stream().filter(c -> !c.method().equals("getUpdates")).toList();
    }

    /** Waits until {@code count} calls of {@code method} have arrived. */
    synchronized List<Call> await(String method, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (calls.stream().filter(c -> c.method().equals(method)).count() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " " + method + " calls, got " + calls);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getPath() == null ? "" : request.getPath();
        String method = canonical(path.substring(path.lastIndexOf('/') + 1));
        String type = request.getHeader("Content-Type");
        JsonNode body = type != null && type.startsWith("multipart/") ? Multipart.fields(request) : parse(request.getBody().readUtf8());
        synchronized (this) {
            calls.add(new Call(method, body, path));
            notifyAll();
        }
        return switch (method) {
            case "getMe" -> ok("{\"id\":" + TelegramJson.BOT_ID + ",\"is_bot\":true,\"first_name\":\"Дрёма\","
                    + "\"username\":\"" + TelegramJson.BOT_NAME + "\"}");
            case "deleteWebhook", "setMyCommands", "answerCallbackQuery", "sendChatAction" -> ok("true");
            case "sendMessage" -> ok("{\"message_id\":" + messageIds.incrementAndGet() + ",\"date\":1700000000,"
                    + "\"chat\":" + TelegramJson.privateChat(body.path("chat_id").asLong()) + ",\"text\":\"ok\"}");
            case "sendPhoto", "sendDocument" -> ok("{\"message_id\":" + messageIds.incrementAndGet()
                    + ",\"date\":1700000000,\"chat\":" + TelegramJson.privateChat(body.path("chat_id").asLong()) + "}");
            case "getUpdates" -> poll(body);
            default -> new MockResponse().setResponseCode(404)
                    .setBody("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        };
    }

    private synchronized MockResponse poll(JsonNode body) throws InterruptedException {
        if (failPolls > 0) {
            failPolls--;
            notifyAll();
            // Code 0: the connection drops halfway through the answer, as on a flaky mobile network.
            return failCode == 0 ? ok("[" + " ".repeat(4096) + "]").setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY)
                    : new MockResponse().setResponseCode(failCode)
                    .setBody("{\"ok\":false,\"error_code\":" + failCode + ",\"description\":\"scripted\"}");
        }
        int offset = body.path("offset").asInt(0);
        boolean replay = replayNext;
        if (!replay) {
            pending.removeIf(json -> parse(json).path("update_id").asInt() < offset);
        }
        if (pending.isEmpty() && body.path("timeout").asInt(0) > 0) {
            wait(POLL_WAIT.toMillis());
        }
        List<String> batch = List.copyOf(pending);
        if (repeatNextBatch && !batch.isEmpty()) {
            repeatNextBatch = false; // served now, and once more on the next poll whatever its offset
            replayNext = true;
        } else if (replay) {
            replayNext = false;
        }
        return ok("[" + String.join(",", batch) + "]");
    }

    /** Bot API method names are case-insensitive; TelegramBots sends some in lower case. */
    private static String canonical(String method) {
        return METHODS.stream().filter(m -> m.equalsIgnoreCase(method)).findFirst().orElse(method);
    }

    private static MockResponse ok(String result) {
        return new MockResponse().setHeader("Content-Type", "application/json")
                .setBody("{\"ok\":true,\"result\":" + result + "}");
    }

    private static JsonNode parse(String json) {
        try {
            return json.isBlank() ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
