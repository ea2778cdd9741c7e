package ru.sleepbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A Bot API server on the loopback interface for benchmarks: long polling fed by the caller
 * ({@link #deliverText}), sendMessage held to Telegram's limits ({@link SendLimits}: 30 messages a
 * second in all, one a second per chat, 429 with retry_after beyond that), sendPhoto / sendDocument
 * (multipart) under the same limits, and the small calls the channel makes. Every accepted message
 * is reported to a listener with the time it arrived. For the chaos bench it injects faults: a
 * window of 5xx or of 429 on every send, answers dropped after a message was accepted (the
 * connection closes without a response), and like Telegram it ends an older long poll with 409
 * when a newer one arrives (two pollers on one token).
 */
public final class LoopbackBotApi implements AutoCloseable {

    /** A message the bot sent: which chat, what text, when it arrived ({@link System#nanoTime()}). */
    public record Sent(long chatId, String text, long arrivedNanos) {
    }

    /**
     * What became of the HTTP answer to an accepted message: written in full to the bot's socket at
     * {@code nanos}, or dropped on purpose then ({@link #dropAnswers}). An answer whose writing
     * failed (the bot was gone) is not reported: it never reached the bot.
     */
    public record Answer(Sent sent, long nanos, boolean dropped) {
    }

    static {
        // The JDK's server writes an answer's headers and body in two segments and, with Nagle's
        // algorithm on (its default), holds the body until the bot's kernel acknowledges the
        // headers: up to Linux's 40 ms delayed ACK. Telegram's front end answers at once (nginx's
        // tcp_nodelay is on by default). Measured in bench chaos: "answer written -> noted as sent"
        // p50 43 ms with Nagle, 0.2-0.8 ms without; those 40 ms were kill -9 windows of this fake
        // alone. Read once, when the server's configuration class loads: before any server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The chat_id field of a multipart body: its part headers, an empty line, the number. */
    private static final java.util.regex.Pattern MULTIPART_CHAT = java.util.regex.Pattern.compile(
            "name=\"chat_id\"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n(-?\\d+)");

    private final String token;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-bot-api");
        t.setDaemon(true);
        return t;
    });
    private final UpdateFeed feed = new UpdateFeed();
    private final SendLimits limits;
    private final Consumer<Sent> listener;
    private final Consumer<Answer> answers;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong messageIds = new AtomicLong();
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong highestOffset = new AtomicLong();
    private final java.util.Map<Long, Integer> dropped = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Random random = new java.util.Random(13);
    private volatile long serverErrorsUntil;
    private volatile long rateLimitedUntil;
    private volatile double dropRate;

    private LoopbackBotApi(String token, SendLimits limits, Consumer<Sent> listener, Consumer<Answer> answers)
            throws IOException {
        this.token = token;
        this.limits = limits;
        this.listener = listener;
        this.answers = answers;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        server.start();
    }

    /** Starts a server with Telegram's limits; {@code listener} hears every accepted sendMessage. */
    public static LoopbackBotApi start(String token, Consumer<Sent> listener) throws IOException {
        return start(token, listener, answer -> { });
    }

    /** The same, and {@code answers} hears what became of each accepted message's HTTP answer. */
    public static LoopbackBotApi start(String token, Consumer<Sent> listener, Consumer<Answer> answers)
            throws IOException {
        return new LoopbackBotApi(token, SendLimits.telegram(), listener, answers);
    }

    /** The base URL to give the bot as TELEGRAM_API_URL. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes a private text message from {@code chatId} available to getUpdates; returns its update id. */
    public int deliverText(long chatId, String text) {
        return feed.add(id -> "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":"
                + System.currentTimeMillis() / 1000 + ",\"chat\":{\"id\":" + chatId + ",\"type\":\"private\","
                + "\"first_name\":\"U\"},\"from\":{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"U\"},"
                + "\"text\":" + quote(text) + "}}");
    }

    /** Makes any update available to getUpdates, built from its id (a poison update, a button press). */
    public int deliverRaw(java.util.function.IntFunction<String> json) {
        return feed.add(json);
    }

    /** A press of an inline button with {@code data} under a message of the bot in a private chat. */
    public int deliverPress(long chatId, String data) {
        return feed.add(id -> "{\"update_id\":" + id + ",\"callback_query\":{\"id\":\"cq" + id + "\",\"from\":{\"id\":"
                + chatId + ",\"is_bot\":false,\"first_name\":\"U\"},\"chat_instance\":\"1\",\"data\":" + quote(data)
                + ",\"message\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":" + chatId
                + ",\"type\":\"private\",\"first_name\":\"U\"},\"from\":{\"id\":1,\"is_bot\":true,\"first_name\":\"B\"},"
                + "\"text\":\"m\"}}}");
    }

    /** Every send gets HTTP 502 for {@code length} from now. */
    public void failSendsFor(java.time.Duration length) {
        serverErrorsUntil = System.nanoTime() + length.toNanos();
    }

    /** Every send gets 429 with retry_after=1 for {@code length} from now. */
    public void rateLimitSendsFor(java.time.Duration length) {
        rateLimitedUntil = System.nanoTime() + length.toNanos();
    }

    /** From now on this share of accepted messages loses its HTTP answer (0 to stop). */
    public void dropAnswers(double rate) {
        dropRate = rate;
    }

    /** Chats whose message was accepted but whose answer was dropped, and how often. */
    public java.util.Map<Long, Integer> droppedAnswers() {
        return java.util.Map.copyOf(dropped);
    }

    /** Long polls ended with 409 because another poll came (two pollers). */
    public long conflicts() {
        return conflicts.get();
    }

    /** The highest offset a getUpdates asked for: every update below it is confirmed. */
    public long confirmedBelow() {
        return highestOffset.get();
    }

    /** How many getUpdates calls came so far. */
    public long polls() {
        return polls.get();
    }

    public long acceptedMessages() {
        return accepted.get();
    }

    /** How many sendMessage calls were refused with 429 for going over the limits. */
    public long refusedMessages() {
        return limits.refused();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith(prefix)) {
                reply(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            byte[] raw = exchange.getRequestBody().readAllBytes();
            if (method.equals("sendphoto") || method.equals("senddocument")) {
                sendFile(exchange, raw, method);
                return;
            }
            JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            switch (method) {
                case "getme" -> ok(exchange, "{\"id\":1,\"is_bot\":true,\"first_name\":\"Bench\",\"username\":\"bench_bot\"}");
                case "deletewebhook", "setmycommands", "answercallbackquery", "sendchataction" -> ok(exchange, "true");
                case "getupdates" -> getUpdates(exchange, body);
                case "sendmessage" -> sendMessage(exchange, body);
                default -> reply(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void getUpdates(HttpExchange exchange, JsonNode body) throws IOException, InterruptedException {
        long generation = polls.incrementAndGet();
        highestOffset.accumulateAndGet(body.path("offset").asLong(0), Math::max);
        feed.wake();
        String batch = feed.take(body.path("offset").asInt(0), body.path("limit").asInt(100),
                body.path("timeout").asInt(0), () -> polls.get() != generation);
        if (batch == null) {
            conflicts.incrementAndGet();
            reply(exchange, 409, "{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: terminated by other "
                    + "getUpdates request; make sure that only one bot instance is running\"}");
            return;
        }
        ok(exchange, batch);
    }

    private void sendMessage(HttpExchange exchange, JsonNode body) throws IOException {
        send(exchange, body.path("chat_id").asLong(), body.path("text").asText());
    }

    /** sendPhoto and sendDocument come as multipart/form-data; only the chat matters here, and they count like messages. */
    private void sendFile(HttpExchange exchange, byte[] raw, String method) throws IOException {
        java.util.regex.Matcher chat = MULTIPART_CHAT.matcher(new String(raw, StandardCharsets.ISO_8859_1));
        if (!chat.find()) {
            reply(exchange, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat_id is empty\"}");
            return;
        }
        send(exchange, Long.parseLong(chat.group(1)), method + " " + raw.length + " bytes");
    }

    /** A send of any kind, under the faults and limits in force; {@code reported} is what the listener hears. */
    private void send(HttpExchange exchange, long chatId, String reported) throws IOException {
        long now = System.nanoTime();
        if (now < serverErrorsUntil) {
            reply(exchange, 502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
            return;
        }
        if (now < rateLimitedUntil) {
            reply(exchange, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                    + "\"parameters\":{\"retry_after\":1}}");
            return;
        }
        if (!limits.tryAcquire(chatId, now)) {
            reply(exchange, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                    + "\"parameters\":{\"retry_after\":1}}");
            return;
        }
        accepted.incrementAndGet();
        Sent sent = new Sent(chatId, reported, now);
        listener.accept(sent);
        boolean drop;
        synchronized (random) {
            drop = dropRate > 0 && random.nextDouble() < dropRate;
        }
        if (drop) {
            dropped.merge(chatId, 1, Integer::sum);
            answers.accept(new Answer(sent, System.nanoTime(), true));
            return; // accepted, but the connection closes without an answer
        }
        ok(exchange, "{\"message_id\":" + messageIds.incrementAndGet() + ",\"date\":" + System.currentTimeMillis() / 1000
                + ",\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},\"text\":\"ok\"}");
        answers.accept(new Answer(sent, System.nanoTime(), false));
    }

    private static void ok(HttpExchange exchange, String result) throws IOException {
        reply(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
    }

    private static void reply(HttpExchange exchange, int code, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(code, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        feed.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
