package ru.sleepbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sleepbot.telegram.TelegramJson.USER;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.dialog.SessionSettings;
import ru.sleepbot.dialog.assembly.DialogDependencies;
import ru.sleepbot.dialog.assembly.Dialogs;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.NluSettings;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.outbound.DurableOutbox;
import ru.sleepbot.outbound.QueueLimits;
import ru.sleepbot.reminder.PromptSchedule;
import ru.sleepbot.reminder.ReminderSchedule;
import ru.sleepbot.safety.Triage;
import ru.sleepbot.store.Database;
import ru.sleepbot.store.TestDatabases;
import ru.sleepbot.store.Transactions;
import ru.sleepbot.telegram.ScriptedBotApi.Call;
import ru.sleepbot.time.ManualScheduler;
import ru.sleepbot.time.MutableClock;

/**
 * The diary's files over the wire, wired as in production: the real dialog over the embedded
 * database, each update in a unit of work, the replies (files included) stored in the durable
 * outbox and sent by the outbound queue through the real TelegramBots client to a local Bot API.
 * The chart goes out as a multipart sendPhoto, the PDF and the export as multipart sendDocument,
 * each with its caption and buttons, and no row is left in the outbox once they are sent.
 */
class DiaryFilesEndToEndTest {

    private static final String TOKEN = "5012345678:AAF1bCdEfGhIjKlMnOpQrStUvWxYz012345";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final KnowledgeBase CONTENT = new ContentLoader().load(Path.of("intents"));

    private final MockWebServer server = new MockWebServer();
    private final ScriptedBotApi api = new ScriptedBotApi();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T19:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private Database db;
    private TelegramChannel channel;
    private DurableOutbox outbox;
    private int updateId;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(api);
        server.start();
        channel = new TelegramChannel(TOKEN, new ApiEndpoint("http", server.getHostName(), server.getPort()),
                new ChannelOptions(Duration.ofSeconds(30), 2, Duration.ofSeconds(1), 2, Duration.ofMillis(10),
                        Duration.ofMillis(50)));
        db = Database.open(TestDatabases.embedded());
        Transactions units = db.transactions();
        outbox = DurableOutbox.start(db.outbox(Clock.systemUTC()), units, channel.transport(), chatId -> { },
                QueueLimits.TELEGRAM, Clock.systemUTC());
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        PromptSchedule schedule = new PromptSchedule();
        DialogDependencies deps = new DialogDependencies(CONTENT,
                said -> new Classification(Classification.OUT_OF_SCOPE, 0.9, "greeting", 0.05, null),
                NluSettings.DEFAULTS.policy(), Triage.fromContent(CONTENT, new RussianAnalyzer(new TextNormalizer())),
                db.users(moscow, clock, new ReminderSchedule()), db.diary(clock), db.prompts(clock, schedule, moscow),
                db.misses(clock), outbox, scheduler, clock, SessionSettings.DEFAULT);
        channel.start(Dialogs.create(deps), channel.splitting(outbox), CONTENT.messages(), scheduler,
                new ChannelState(new UnitPerUpdate(units), chatId -> outbox.queue().pendingFor(chatId), text -> false));
    }

    /** As the application's journal: each update handled in a unit of work of its own. */
    private record UnitPerUpdate(Transactions units) implements UpdateJournal {
        @Override
        public void once(long updateId, Runnable handling) {
            durably(handling);
        }

        @Override
        public void durably(Runnable work) {
            units.inUnit(() -> {
                work.run();
                return null;
            });
        }

        @Override
        public void confirmedBelow(long updateId) {
        }
    }

    @AfterEach
    void stop() throws IOException {
        channel.close();
        outbox.close();
        db.close();
        server.shutdown();
    }

    private void say(String text) {
        int id = ++updateId;
        api.deliver("{\"update_id\":" + id + ",\"message\":" + TelegramJson.message(id, TelegramJson.privateChat(USER),
                TelegramJson.text(text)) + "}");
    }

    private void press(String data) {
        int id = ++updateId;
        api.deliver("{\"update_id\":" + id + ",\"callback_query\":{\"id\":\"cq" + id + "\",\"from\":"
                + TelegramJson.user(USER) + ",\"chat_instance\":\"1\",\"data\":" + TelegramJson.quote(data)
                + ",\"message\":{\"message_id\":1,\"date\":1700000000,\"chat\":" + TelegramJson.privateChat(USER)
                + ",\"from\":" + TelegramJson.botUser() + ",\"text\":\"…\"}}}");
    }

    /**
     * The uploaded file of a field: TelegramBots sends the field as "attach://NAME" and the file as
     * the multipart part NAME, one of the ways the Bot API accepts.
     */
    private static JsonNode attached(JsonNode call, String field) {
        String value = call.path(field).asText();
        assertThat(value).startsWith("attach://");
        return call.path(value.substring("attach://".length()));
    }

    private static byte[] file(JsonNode part) {
        return Base64.getDecoder().decode(part.path("base64").asText());
    }

    @Test
    void theChartGoesAsAMultipartSendPhotoAndTheSummaryAndExportAsSendDocument() throws Exception {
        say("/diary");
        press("dy:at:08:00");
        press("dy:q:20261126:4");
        press("dy:j:20261126:few");
        press("dy:f:20261126:coffee");
        press("dy:fd:20261126");
        api.await("sendMessage", 6, WAIT);
        say("покажи мой сон за неделю");
        List<Call> photos = api.await("sendPhoto", 1, WAIT);
        say("/report");
        api.await("sendDocument", 1, WAIT);
        say("/export");
        List<Call> documents = api.await("sendDocument", 3, WAIT);

        JsonNode photo = photos.get(0).body();
        assertThat(photo.path("chat_id").asText()).isEqualTo(String.valueOf(USER));
        assertThat(attached(photo, "photo").path("filename").asText()).isEqualTo("son-2026-11-26.png");
        byte[] png = file(attached(photo, "photo"));
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(png.length).isGreaterThan(10_000);
        assertThat(photo.path("caption").asText()).contains("Ваш сон за 20–26 ноября: отмечено ночей — 1 из 7");
        assertThat(photo.path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        assertThat(photo.path("reply_markup").asText()).contains("dy:month", "dy:insights");

        JsonNode report = documents.get(0).body();
        assertThat(attached(report, "document").path("filename").asText()).isEqualTo("drema-svodka-2026-11-26.pdf");
        assertThat(new String(file(attached(report, "document")), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(report.path("caption").asText()).contains("Сводка для врача");

        JsonNode json = documents.get(1).body();
        assertThat(attached(json, "document").path("filename").asText()).endsWith(".json");
        assertThat(new String(file(attached(json, "document")), StandardCharsets.UTF_8)).contains("\"jerks\" : \"few\"",
                "\"evening_factors\" : [ \"coffee\" ]");
        JsonNode csv = documents.get(2).body();
        assertThat(new String(file(attached(csv, "document")), StandardCharsets.UTF_8))
                .contains("night,sleep_quality,jerks", "2026-11-26,4,few,\"coffee\"");
        // Sent rows are deleted by the next commit; a send of nothing makes one.
        db.transactions().inUnit(() -> null);
        outbox.close();
        assertThat(db.outbox(clock).pending()).isEmpty();
    }
}
