package ru.sleepbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class LoopbackBotApiTest {

    private static final String TOKEN = "100200300:local-test-token-not-a-secret-000";
    private final OkHttpClient http = new OkHttpClient();

    private String call(LoopbackBotApi api, String method, String json) throws IOException {
        Request request = new Request.Builder().url(api.url() + "/bot" + TOKEN + "/" + method)
                .post(RequestBody.create(json, MediaType.get("application/json"))).build();
        try (Response response = http.newCall(request).execute()) {
            return response.code() + " " + response.body().string();
        }
    }

    @Test
    void holdsTheBotToTelegramsLimits() {
        SendLimits limits = new SendLimits(30, Duration.ofSeconds(1));
        long t = 1_000_000_000_000L;
        for (int chat = 0; chat < 30; chat++) {
            assertThat(limits.tryAcquire(chat, t + chat * 1_000_000L)).isTrue();
        }
        assertThat(limits.tryAcquire(99, t + 500_000_000L)).as("31st message within a second").isFalse();
        assertThat(limits.tryAcquire(99, t + 1_000_000_001L)).as("a second later there is room").isTrue();
        assertThat(limits.tryAcquire(99, t + 1_500_000_000L)).as("same chat within a second").isFalse();
        assertThat(limits.tryAcquire(99, t + 2_000_000_001L)).isTrue();
        assertThat(limits.refused()).isEqualTo(2);
    }

    @Test
    void speaksTheBotApiOverLoopback() throws IOException {
        List<LoopbackBotApi.Sent> sent = new ArrayList<>();
        try (LoopbackBotApi api = LoopbackBotApi.start(TOKEN, sent::add)) {
            assertThat(api.url()).startsWith("http://127.0.0.1:");
            int id = api.deliverText(5, "привет");

            assertThat(call(api, "getupdates", "{\"offset\":0,\"timeout\":0}")).startsWith("200").contains("\"привет\"");
            assertThat(call(api, "getupdates", "{\"offset\":" + (id + 1) + ",\"timeout\":0}"))
                    .isEqualTo("200 {\"ok\":true,\"result\":[]}");
            assertThat(call(api, "sendMessage", "{\"chat_id\":5,\"text\":\"ответ\"}")).startsWith("200");
            assertThat(call(api, "sendMessage", "{\"chat_id\":5,\"text\":\"ещё\"}")).startsWith("429")
                    .contains("\"retry_after\":1");
            assertThat(sent).extracting(LoopbackBotApi.Sent::text).containsExactly("ответ");
            assertThat(api.refusedMessages()).isEqualTo(1);
        }
    }

    @Test
    void refusesAWrongToken() throws IOException {
        try (LoopbackBotApi api = LoopbackBotApi.start(TOKEN, s -> { })) {
            Request request = new Request.Builder().url(api.url() + "/bot1:wrong/getMe")
                    .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
            try (Response response = http.newCall(request).execute()) {
                assertThat(response.code()).isEqualTo(401);
            }
        }
    }
}
