package ru.sleepbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * getUpdates over HTTP, read one update at a time. TelegramBots' own polling reads a whole batch
 * into objects at once, so one update it cannot read (a field of an unexpected type, a message_id
 * over 2^31) failed the batch, which then came back forever and left everybody unanswered. Here
 * the batch is read as JSON and each update separately: one that cannot be read is logged once
 * (id and kind, never its content) and handed on as unreadable, to be confirmed and skipped.
 * Failures of the call itself are the {@link PollingGuard}'s: they arrive here as an empty batch.
 */
final class HttpUpdateFeed implements UpdateFeed {

    private static final Logger log = LoggerFactory.getLogger(HttpUpdateFeed.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient polling;
    private final OkHttpClient direct;
    private final String baseUrl;
    private final Duration timeout;
    private final List<String> wanted;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param polling the guarded client for the long poll
     * @param direct  a client without the guard, for the confirmation at shutdown (the guard then answers nothing)
     */
    HttpUpdateFeed(OkHttpClient polling, OkHttpClient direct, ApiEndpoint endpoint, String token, Duration timeout,
                   List<String> wanted) {
        this.polling = polling;
        this.direct = direct;
        this.baseUrl = endpoint + "/bot" + token + "/getUpdates";
        this.timeout = timeout;
        this.wanted = List.copyOf(wanted);
    }

    @Override
    public List<Received> next(long offset) {
        try {
            return read(call(polling, offset, 100, timeout.toSeconds()));
        } catch (IOException e) {
            log.debug("getUpdates failed: {}", e.getClass().getSimpleName());
            return List.of();
        }
    }

    @Override
    public void confirm(long offset) {
        try {
            call(direct, offset, 1, 0);
            log.info("confirmed updates below {}", offset);
        } catch (IOException e) {
            // Not fatal: the worst case is that the last batch comes again and is skipped as handled.
            log.warn("could not confirm updates below {}: {}", offset, e.getClass().getSimpleName());
        }
    }

    private byte[] call(OkHttpClient client, long offset, int limit, long timeoutSeconds) throws IOException {
        ObjectNode body = json.createObjectNode();
        if (offset > 0) {
            body.put("offset", offset);
        }
        body.put("limit", limit).put("timeout", timeoutSeconds);
        wanted.forEach(body.putArray("allowed_updates")::add);
        Request request = new Request.Builder().url(baseUrl)
                .post(RequestBody.create(json.writeValueAsBytes(body), JSON)).build();
        try (Response response = client.newCall(request).execute()) {
            ResponseBody answer = response.body();
            if (!response.isSuccessful() || answer == null) {
                throw new IOException("HTTP " + response.code());
            }
            return answer.bytes();
        }
    }

    private List<Received> read(byte[] body) throws IOException {
        JsonNode root = json.readTree(body);
        if (!root.path("ok").asBoolean(false)) {
            return List.of();
        }
        List<Received> out = new ArrayList<>();
        for (JsonNode node : root.path("result")) {
            out.add(one(node));
        }
        return out;
    }

    private Received one(JsonNode node) {
        long id = node.path("update_id").canConvertToLong() ? node.path("update_id").asLong() : -1;
        String kind = kind(node);
        try {
            return new Received(id, kind, json.treeToValue(node, Update.class));
        } catch (IOException | RuntimeException e) {
            // The exception's message may quote the update's content: only its type is logged.
            log.warn("update {} ({}) cannot be read and is skipped: {}", id, kind, e.getClass().getSimpleName());
            return new Received(id, kind, null);
        }
    }

    private static String kind(JsonNode node) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("update_id")) {
                return name;
            }
        }
        return "unknown";
    }
}
