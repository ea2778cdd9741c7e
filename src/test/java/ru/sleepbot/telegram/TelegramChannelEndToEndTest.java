package ru.sleepbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sleepbot.telegram.TelegramJson.USER;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.Messages;
import ru.sleepbot.telegram.ScriptedBotApi.Call;
import ru.sleepbot.time.ManualScheduler;
import ru.sleepbot.time.MutableClock;

/** The real TelegramBots library, polling and sending, against a local server speaking the Bot API. */
class TelegramChannelEndToEndTest {

    private static final String TOKEN = "5012345678:AAF1bCdEfGhIjKlMnOpQrStUvWxYz012345";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Messages MESSAGES = new ContentLoader().load(Path.of("intents")).messages();

    private final MockWebServer server = new MockWebServer();
    private final ScriptedBotApi api = new ScriptedBotApi();
    private final ManualScheduler scheduler = new ManualScheduler(new MutableClock(Instant.parse("2026-11-26T19:00:00Z")));
    private final ScriptedDialog dialog = new ScriptedDialog(scheduler);
    private final List<LogCapture> logs = List.of(new LogCapture("ru.sleepbot"), new LogCapture("org.telegram"),
            new LogCapture("okhttp3"));
    private TelegramChannel channel;

    @BeforeEach
    void startServer() throws IOException {
        server.setDispatcher(api);
        server.start();
        channel = new TelegramChannel(TOKEN, new ApiEndpoint("http", server.getHostName(), server.getPort()),
                new ChannelOptions(Duration.ofMillis(700), 2, Duration.ofSeconds(1), 2, Duration.ofMillis(10),
                        Duration.ofMillis(50)));
    }

    @AfterEach
    void stopServer() throws IOException {
        channel.close();
        server.shutdown();
        logs.forEach(LogCapture::close);
    }

    private void start() {
        Outbox outbox = channel.splitting(message -> channel.transport().deliver(message));
        assertThat(channel.start(dialog, outbox, MESSAGES, scheduler)).isEqualTo(TelegramJson.BOT_NAME);
    }

    private JsonNode say(int updateId, String text, int sendsSoFar) throws InterruptedException {
        api.deliver(updateJson(updateId, text));
        return api.await("sendMessage", sendsSoFar, WAIT).get(sendsSoFar - 1).body();
    }

    private static String updateJson(int updateId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":" + TelegramJson.message(updateId,
                TelegramJson.privateChat(USER), TelegramJson.text(text)) + "}";
    }

    private static String pressJson(int updateId, String data) {
        return "{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"cq" + updateId + "\",\"from\":"
                + TelegramJson.user(USER) + ",\"chat_instance\":\"1\",\"data\":\"" + data + "\",\"message\":"
                + "{\"message_id\":1,\"date\":1700000000,\"chat\":" + TelegramJson.privateChat(USER) + ",\"from\":"
                + TelegramJson.botUser() + ",\"text\":\"меню\"}}}";
    }

    @Test
    void talksThroughAConversationOverTheBotApi() throws Exception {
        start();

        JsonNode greeting = say(1, "/start", 1);
        JsonNode answer = say(2, "почему я дёргаюсь <во сне>?", 2);
        api.deliver(pressJson(3, "tp:hypnic_jerk:is_dangerous"));
        JsonNode danger = api.await("sendMessage", 3, WAIT).get(2).body();
        JsonNode followUp = say(4, "а что делать?", 4);
        api.deliver(pressJson(5, "rt:start:slow_breathing"));
        api.await("sendChatAction", 1, WAIT);
        dialog.slowStepMayFinish.countDown();
        JsonNode step = api.await("sendMessage", 5, WAIT).get(4).body();
        channel.stop(Duration.ofSeconds(5));

        assertThat(api.actions()).extracting(Call::method).containsExactly(
                "getMe", "setMyCommands", "deleteWebhook",
                "sendMessage",                                          // /start
                "sendMessage",                                          // the question
                "answerCallbackQuery", "sendMessage",                   // "Это опасно?"
                "sendMessage",                                          // the follow-up
                "answerCallbackQuery", "sendChatAction", "sendMessage"); // the slow routine step

        JsonNode commands = api.actions().get(1).body().path("commands");
        assertThat(commands).extracting(c -> c.path("command").asText())
                .containsExactly("start", "help", "menu", "topics", "check", "routine", "remind", "timezone",
                        "diary", "report", "export", "privacy", "forget", "cancel");
        assertThat(commands.get(0).path("description").asText()).isEqualTo(MESSAGES.text("telegram.commands.start"));

        assertThat(greeting.path("chat_id").asLong()).isEqualTo(USER);
        assertThat(greeting.path("parse_mode").asText()).isEqualToIgnoringCase("html");
        assertThat(greeting.path("text").asText()).isEqualTo("<b>Здравствуйте!</b> Я Дрёма.");
        assertThat(greeting.at("/reply_markup/inline_keyboard/1/0/callback_data").asText()).isEqualTo("rt:start:slow_breathing");
        assertThat(answer.path("text").asText()).contains("«почему я дёргаюсь &lt;во сне&gt;?»");
        assertThat(answer.at("/reply_markup/inline_keyboard/0/0/text").asText()).isEqualTo("Это опасно?");
        assertThat(api.actions().get(5).body().path("callback_query_id").asText()).isEqualTo("cq3");
        assertThat(danger.path("text").asText()).isEqualTo("Обычно не опасно: hypnic_jerk");
        assertThat(followUp.path("text").asText()).isEqualTo("Что делать: hypnic_jerk");
        assertThat(api.actions().get(9).body().path("action").asText()).isEqualTo("typing");
        assertThat(step.path("text").asText()).startsWith("Шаг 1.");

        List<Call> polls = api.calls().stream().filter(c -> c.method().equals("getUpdates")).toList();
        assertThat(polls.get(0).body().path("allowed_updates")).extracting(JsonNode::asText)
                .containsExactly("message", "edited_message", "callback_query");
        assertThat(polls).extracting(c -> c.body().path("offset").asInt()).isSorted().contains(2, 3, 4, 5, 6);
        Call confirmation = polls.get(polls.size() - 1);
        assertThat(confirmation.body().path("offset").asInt()).isEqualTo(6);
        assertThat(confirmation.body().path("timeout").asInt()).isZero();

        assertThat(api.calls()).allSatisfy(c -> assertThat(c.path()).startsWith("/bot" + TOKEN + "/"));
        assertNoTokenInLogs();
    }

    @Test
    void answersAnUpdateThatTelegramSendsTwiceOnlyOnce() throws Exception {
        start();
        api.repeatNextBatch();
        api.deliver(updateJson(10, "привет"));
        api.await("sendMessage", 1, WAIT);
        say(11, "ещё вопрос", 2);

        assertThat(api.calls().stream().filter(c -> c.method().equals("getUpdates"))
                .filter(c -> c.body().path("offset").asInt() >= 11)).isNotEmpty();
        assertThat(api.actions().stream().filter(c -> c.method().equals("sendMessage")))
                .extracting(c -> c.body().path("text").asText())
                .containsExactly("Ответ на: привет", "Ответ на: ещё вопрос");
    }

    @Test
    void pollingBacksOffAndResumesWhenTheNetworkDropsOrAnotherInstancePolls() throws Exception {
        try (LogCapture guardLog = new LogCapture(PollingGuard.class.getName())) {
            api.failPolls(3, 0);
            start();
            say(20, "после обрыва", 1);
            api.failPolls(1, 409);
            api.awaitFailuresServed(WAIT);
            say(21, "после конфликта", 2);

            assertThat(guardLog.lines()).anySatisfy(line -> assertThat(line).startsWith("WARN").contains("network error"));
            assertThat(guardLog.lines()).anySatisfy(line -> assertThat(line).startsWith("WARN").contains("409")
                    .contains("another process is polling with the same bot token"));
            assertThat(guardLog.lines()).anySatisfy(line -> assertThat(line).contains("works again"));
        }
        assertNoTokenInLogs();
    }

    @Test
    void shutdownFinishesTheAnswerInProgressAndConfirmsIt() throws Exception {
        start();
        api.deliver(updateJson(30, "медленно"));
        assertThat(dialog.slowStepStarted.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        long began = System.nanoTime();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> channel.stop(Duration.ofSeconds(6)));
        dialog.slowStepMayFinish.countDown();
        stopping.get(10, TimeUnit.SECONDS);
        long tookMillis = (System.nanoTime() - began) / 1_000_000;

        assertThat(api.actions()).last().extracting(c -> c.body().path("text").asText()).isEqualTo("Готово, медленно.");
        Call last = api.calls().get(api.calls().size() - 1);
        assertThat(last.method()).isEqualTo("getUpdates");
        assertThat(last.body().path("offset").asInt()).isEqualTo(31);
        assertThat(tookMillis).isLessThan(10_000);
    }

    @Test
    void skipsAnUnreadableUpdateOnceAndAnswersTheRestOfItsBatch() throws Exception {
        try (LogCapture feedLog = new LogCapture(HttpUpdateFeed.class.getName())) {
            start();
            api.deliver("{\"update_id\":40,\"message\":{\"message_id\":2147483999,\"date\":1,\"chat\":"
                    + TelegramJson.privateChat(USER) + ",\"text\":\"секретный текст\"}}");
            api.deliver(updateJson(41, "первый"));
            api.deliver("{\"update_id\":42,\"message\":{\"message_id\":7,\"date\":\"вчера\",\"chat\":{\"id\":[]},"
                    + "\"text\":\"секретный текст\"}}");
            api.deliver(updateJson(43, "второй"));
            api.await("sendMessage", 2, WAIT);
            say(44, "третий", 3);

            assertThat(api.actions().stream().filter(c -> c.method().equals("sendMessage")))
                    .extracting(c -> c.body().path("text").asText())
                    .containsExactly("Ответ на: первый", "Ответ на: второй", "Ответ на: третий");
            assertThat(feedLog.lines()).filteredOn(l -> l.contains("cannot be read")).hasSize(2)
                    .anySatisfy(l -> assertThat(l).startsWith("WARN").contains("update 40 (message)"))
                    .anySatisfy(l -> assertThat(l).contains("update 42 (message)"))
                    .allSatisfy(l -> assertThat(l).doesNotContain("секретный"));
        }
    }

    @Test
    void confirmsABatchOnlyOnceItsRepliesAreStoredAndRetriesWhatFailed() throws Exception {
        int[] failures = {0};
        UpdateJournal flaky = new UpdateJournal() {
            @Override
            public void once(long updateId, Runnable handling) {
                if (updateId == 50 && failures[0]++ == 0) {
                    throw new IllegalStateException("database down");
                }
                handling.run();
            }

            @Override
            public void durably(Runnable work) {
                UpdateJournal.IN_MEMORY.durably(work);
            }

            @Override
            public void confirmedBelow(long updateId) {
                UpdateJournal.IN_MEMORY.confirmedBelow(updateId);
            }
        };
        Outbox outbox = channel.splitting(message -> channel.transport().deliver(message));
        channel.start(dialog, outbox, MESSAGES, scheduler, new ChannelState(flaky, chat -> 0, text -> false));
        api.deliver(updateJson(50, "сохранится со второго раза"));
        api.deliver(updateJson(51, "сразу"));
        api.await("sendMessage", 2, WAIT);
        say(52, "дальше", 3);

        assertThat(api.actions().stream().filter(c -> c.method().equals("sendMessage")))
                .extracting(c -> c.body().path("text").asText())
                .containsExactlyInAnyOrder("Ответ на: сохранится со второго раза", "Ответ на: сразу", "Ответ на: дальше");
        List<Integer> offsets = api.calls().stream().filter(c -> c.method().equals("getUpdates"))
                .map(c -> c.body().path("offset").asInt()).toList();
        assertThat(offsets.indexOf(52)).as("confirmed only after the failed update was handled")
                .isGreaterThan(offsets.lastIndexOf(0));
        assertThat(failures[0]).isEqualTo(2);
    }

    private void assertNoTokenInLogs() {
        String secret = TOKEN.substring(TOKEN.indexOf(':') + 1);
        logs.forEach(capture -> assertThat(capture.lines()).allSatisfy(line -> assertThat(line).doesNotContain(secret)));
    }
}
