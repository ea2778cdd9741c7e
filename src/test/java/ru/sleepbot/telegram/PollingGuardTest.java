package ru.sleepbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

class PollingGuardTest {

    private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    private final MockWebServer server = new MockWebServer();
    private final CountingBackOff backOff = new CountingBackOff();
    private PollingGuard guard = new PollingGuard(new OkHttpClient(), backOff, TOKEN);
    private LogCapture logs;

    @BeforeEach
    void start() throws IOException {
        server.start();
        logs = new LogCapture(PollingGuard.class.getName());
    }

    @AfterEach
    void stop() throws IOException {
        logs.close();
        server.shutdown();
    }

    private Response call(OkHttpClient client, String method) throws IOException {
        Request request = new Request.Builder().url(server.url("/bot" + TOKEN + "/" + method))
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
        return client.newCall(request).execute();
    }

    private OkHttpClient client() {
        return new OkHttpClient.Builder().addInterceptor(guard).build();
    }

    @Test
    void explainsA409ClearlyAndKeepsPolling() throws IOException {
        server.enqueue(new MockResponse().setResponseCode(409)
                .setBody("{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: terminated by other getUpdates request\"}"));

        try (Response response = call(client(), GetUpdates.PATH)) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).isEqualTo("{\"ok\":true,\"result\":[]}");
        }
        assertThat(logs.lines()).singleElement().asString()
                .startsWith("WARN").contains("409").contains("another process is polling with the same bot token")
                .doesNotContain(TOKEN);
        assertThat(backOff.waits).isEqualTo(1);
    }

    @Test
    void backsOffWhenTheNetworkDropsWithoutShowingTheToken() throws IOException {
        OkHttpClient dropping = new OkHttpClient.Builder().addInterceptor(chain -> {
            throw new IOException("unexpected end of stream on " + chain.request().url());
        }).build();
        guard = new PollingGuard(dropping, backOff, TOKEN);
        OkHttpClient failing = client();

        for (int i = 0; i < 3; i++) {
            try (Response response = call(failing, GetUpdates.PATH)) {
                assertThat(response.body().string()).contains("\"result\":[]");
            }
        }
        assertThat(backOff.waits).isEqualTo(3);
        assertThat(logs.lines()).hasSize(3).allSatisfy(line -> assertThat(line).doesNotContain(TOKEN).contains("<token>"));
        assertThat(logs.lines().get(0)).startsWith("WARN");
        assertThat(logs.lines().get(1)).startsWith("DEBUG"); // one warning per outage, not one per retry
    }

    @Test
    void saysSoWhenPollingWorksAgain() throws IOException {
        server.enqueue(new MockResponse().setResponseCode(502));
        server.enqueue(new MockResponse().setBody("{\"ok\":true,\"result\":[]}"));

        call(client(), GetUpdates.PATH).close();
        call(client(), GetUpdates.PATH).close();

        assertThat(backOff.resets).isEqualTo(1);
        assertThat(logs.lines()).last().asString().startsWith("INFO").contains("works again");
    }

    @Test
    void answersAtOnceAfterStopWithoutAskingTelegram() throws IOException {
        guard.stop();

        try (Response response = call(client(), GetUpdates.PATH)) {
            assertThat(response.body().string()).isEqualTo("{\"ok\":true,\"result\":[]}");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void leavesOtherMethodsAlone() throws IOException {
        server.enqueue(new MockResponse().setResponseCode(409).setBody("{}"));

        try (Response response = call(client(), "deleteWebhook")) {
            assertThat(response.code()).isEqualTo(409);
        }
        assertThat(backOff.waits).isZero();
    }

    private static final class CountingBackOff implements BackOff {
        int waits;
        int resets;

        @Override
        public void reset() {
            resets++;
        }

        @Override
        public long nextBackOffMillis() {
            waits++;
            return 0;
        }
    }
}
