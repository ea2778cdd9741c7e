package ru.sleepbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sleepbot.telegram.TelegramJson.USER;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.dialog.SessionSettings;
import ru.sleepbot.dialog.assembly.DialogDependencies;
import ru.sleepbot.dialog.assembly.Dialogs;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.NluSettings;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.reminder.PromptSchedule;
import ru.sleepbot.store.InMemoryDiaryStore;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.safety.Triage;
import ru.sleepbot.store.InMemoryMissLog;
import ru.sleepbot.store.InMemoryPromptStore;
import ru.sleepbot.store.InMemoryUserStore;
import ru.sleepbot.telegram.ScriptedBotApi.Call;
import ru.sleepbot.time.ManualScheduler;
import ru.sleepbot.time.MutableClock;

/**
 * The real dialog engine over the real content, behind the real TelegramBots library, against a
 * local Bot API. Only the classifier is a stand-in (one question, one topic): the NLU is tested on
 * its own, here the point is what travels over the wire.
 */
class RealDialogEndToEndTest {

    private static final String TOKEN = "5012345678:AAF1bCdEfGhIjKlMnOpQrStUvWxYz012345";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final KnowledgeBase CONTENT = new ContentLoader().load(Path.of("intents"));
    private static final IntentClassifier ONE_TOPIC = said -> said.raw().toLowerCase(Locale.ROOT).contains("дёргаюсь")
            ? new Classification("hypnic_jerk", 0.95, Classification.OUT_OF_SCOPE, 0.02, null)
            : new Classification(Classification.OUT_OF_SCOPE, 0.9, "greeting", 0.05, null);

    private final MockWebServer server = new MockWebServer();
    private final ScriptedBotApi api = new ScriptedBotApi();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T19:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private TelegramChannel channel;
    private int updateId;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(api);
        server.start();
        channel = new TelegramChannel(TOKEN, new ApiEndpoint("http", server.getHostName(), server.getPort()),
                new ChannelOptions(Duration.ofSeconds(30), 2, Duration.ofSeconds(1), 2, Duration.ofMillis(10),
                        Duration.ofMillis(50)));
        Outbox outbox = channel.splitting(message -> channel.transport().deliver(message));
        DialogDependencies deps = new DialogDependencies(CONTENT, ONE_TOPIC, NluSettings.DEFAULTS.policy(),
                Triage.fromContent(CONTENT, new RussianAnalyzer(new TextNormalizer())), new InMemoryUserStore(ZoneId.of("Europe/Moscow")), new InMemoryDiaryStore(), new InMemoryPromptStore(clock, new PromptSchedule()),
                new InMemoryMissLog(), outbox, scheduler, clock, SessionSettings.DEFAULT);
        channel.start(Dialogs.create(deps), outbox, CONTENT.messages(), scheduler);
    }

    @AfterEach
    void stop() throws IOException {
        channel.close();
        server.shutdown();
    }

    private List<JsonNode> say(String text) throws InterruptedException {
        int before = sends();
        int id = ++updateId;
        api.deliver("{\"update_id\":" + id + ",\"message\":" + TelegramJson.message(id, TelegramJson.privateChat(USER),
                TelegramJson.text(text)) + "}");
        return newSends(before);
    }

    private List<JsonNode> press(String data) throws InterruptedException {
        int before = sends();
        // Counted before the update goes out: the bot may answer the press before this thread looks again.
        int callbacksBefore = (int) api.actions().stream().filter(c -> c.method().equals("answerCallbackQuery")).count();
        int id = ++updateId;
        api.deliver("{\"update_id\":" + id + ",\"callback_query\":{\"id\":\"cq" + id + "\",\"from\":"
                + TelegramJson.user(USER) + ",\"chat_instance\":\"1\",\"data\":" + TelegramJson.quote(data)
                + ",\"message\":{\"message_id\":1,\"date\":1700000000,\"chat\":" + TelegramJson.privateChat(USER)
                + ",\"from\":" + TelegramJson.botUser() + ",\"text\":\"…\"}}}");
        api.await("answerCallbackQuery", callbacksBefore + 1, WAIT);
        return newSends(before);
    }

    private int sends() {
        return (int) api.actions().stream().filter(c -> c.method().equals("sendMessage")).count();
    }

    /** Waits for the first new sendMessage, then for the update to be fully answered (a poll follows). */
    private List<JsonNode> newSends(int before) throws InterruptedException {
        api.await("sendMessage", before + 1, WAIT);
        int polls = api.calls().size();
        api.await("getUpdates", (int) api.calls().subList(0, polls).stream()
                .filter(c -> c.method().equals("getUpdates")).count() + 2, WAIT);
        List<JsonNode> all = api.actions().stream().filter(c -> c.method().equals("sendMessage")).map(Call::body).toList();
        return all.subList(before, all.size());
    }

    private static List<String> buttonData(JsonNode message) {
        List<String> data = new ArrayList<>();
        message.at("/reply_markup/inline_keyboard").forEach(row -> row.forEach(b -> data.add(b.path("callback_data").asText())));
        return data;
    }

    private static String text(List<JsonNode> messages) {
        return messages.get(messages.size() - 1).path("text").asText();
    }

    @Test
    void carriesARealConversationOverTheBotApi() throws Exception {
        List<JsonNode> start = say("/start");
        List<JsonNode> answer = say("почему я дёргаюсь, когда засыпаю?");
        List<JsonNode> section = press("tp:hypnic_jerk:what_is");
        List<JsonNode> followUp = say("а это опасно?");
        List<JsonNode> sameByButton = press("tp:hypnic_jerk:is_dangerous");
        List<JsonNode> routines = say("/routine");
        List<JsonNode> step1 = press("rt:start:body_scan");
        List<JsonNode> step2 = press(buttonData(step1.get(0)).get(0));

        assertThat(buttonData(start.get(start.size() - 1))).contains("tp:hypnic_jerk", "rt:list");
        assertThat(text(start)).contains("Дрёма").contains("<i>");
        assertThat(buttonData(answer.get(answer.size() - 1))).contains("tp:hypnic_jerk:is_dangerous");
        assertThat(text(section)).isNotBlank().isNotEqualTo(text(answer));
        // The follow-up was understood in the context of the topic: same answer as the button gives.
        assertThat(text(followUp)).isEqualTo(text(sameByButton));
        assertThat(buttonData(routines.get(routines.size() - 1))).contains("rt:start:body_scan");
        assertThat(text(step1)).contains("шаг 1 из");
        assertThat(text(step2)).contains("шаг 2 из");

        assertThat(api.actions()).extracting(Call::method).containsExactly(
                "getMe", "setMyCommands", "deleteWebhook",
                "sendMessage", "sendMessage",
                "answerCallbackQuery", "sendMessage",
                "sendMessage",
                "answerCallbackQuery", "sendMessage",
                "sendMessage",
                "answerCallbackQuery", "sendMessage",
                "answerCallbackQuery", "sendMessage");
        assertThat(api.actions()).filteredOn(c -> c.method().equals("sendMessage")).allSatisfy(c -> {
            assertThat(c.body().path("chat_id").asLong()).isEqualTo(USER);
            assertThat(c.body().path("parse_mode").asText()).isEqualToIgnoringCase("html");
            assertThat(c.body().path("text").asText()).isNotBlank();
        });
    }

    @Test
    void timedRoutineStepsGoOutWithoutAnyUpdate() throws Exception {
        say("/routine");
        press("rt:start:body_scan");
        int before = sends();
        press("rt:auto:body_scan");
        int afterPress = sends();

        scheduler.advance(Duration.ofMinutes(2));
        List<Call> sent = api.await("sendMessage", afterPress + 1, WAIT);

        assertThat(afterPress).isGreaterThan(before);
        assertThat(sent.get(sent.size() - 1).body().path("text").asText()).contains("шаг");
    }
}
