package ru.sleepbot.dialog.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.ChatRef;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.dialog.DialogEngine;
import ru.sleepbot.dialog.Engines;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.FlowState;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.reminder.ReminderSchedule;
import ru.sleepbot.store.Database;
import ru.sleepbot.store.ReminderStore;
import ru.sleepbot.store.TestDatabases;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.time.MutableClock;

class ReminderFeatureTest {

    private static final long CHAT = 100;
    private static final ChatRef PRIVATE = ChatRef.privateChat(CHAT);
    private static final String FALLBACK = "(fallback)";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T12:00:00Z"));
    private final KnowledgeBase content = new ContentLoader().load(Path.of("intents"));
    private final Messages messages = content.messages();
    private final Database db = TestDatabases.openClean(TestDatabases.embedded());
    private final ReminderStore users = db.users(ZoneId.of("Europe/Moscow"), clock, new ReminderSchedule());
    private final DialogEngine engine = Engines.of(
            said -> said.raw().contains("напомн") || said.raw().contains("присылай") || said.raw().contains("перенеси")
                    ? new Classification("reminder", 0.9, "help", 0.1, null)
                    : new Classification(Classification.OUT_OF_SCOPE, 0.9, "help", 0.1, null),
            messages, clock,
            List.of(ReminderFeature.create(content, users, clock, new RussianAnalyzer(new TextNormalizer()))),
            new Feature() {
                @Override
                public List<Reply> onIntent(Turn turn, Classification understood, Utterance said) {
                    return List.of(Reply.text(FALLBACK));
                }
            });

    @AfterEach
    void close() {
        db.close();
    }

    private Reply say(String text) {
        return only(engine.handle(new Incoming.Text(PRIVATE, text)));
    }

    private Reply press(String data) {
        return only(engine.handle(new Incoming.Press(PRIVATE, data)));
    }

    private static Reply only(List<Outgoing> out) {
        assertThat(out).hasSize(1);
        return out.get(0).reply();
    }

    private UserSettings stored() {
        return users.find(CHAT).orElseThrow();
    }

    @Test
    void remindShowsTheSettingAndOffersTimesAsButtons() {
        Reply menu = say("/remind");
        assertThat(menu.text()).startsWith(messages.text("reminder.status_none"));
        assertThat(menu.buttons()).extracting(Button::label)
                .containsExactly("21:30", "22:00", "22:30", "23:00", "Другое время", "Часовой пояс");
        press("rm:at:22:30");
        Reply again = say("/remind");
        assertThat(again.text()).contains("22:30").contains("Москва");
        assertThat(again.buttons()).extracting(Button::encoded).contains("rm:pause", "rm:stop").hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void aTimeButtonTurnsTheReminderOn() {
        assertThat(press("rm:at:21:30").text()).contains("21:30");
        assertThat(stored().remindAt()).isEqualTo(LocalTime.of(21, 30));
        assertThat(stored().remindersOn()).isTrue();
    }

    @Test
    void anotherTimeIsReadFromTheNextMessage() {
        assertThat(press("rm:other").text()).isEqualTo(messages.text("reminder.ask_time"));
        assertThat(say("22:15").text()).contains("22:15");
        assertThat(stored().remindAt()).isEqualTo(LocalTime.of(22, 15));
    }

    @Test
    void anImpossibleTimeGetsAClearReplyAndChangesNothing() {
        press("rm:at:22:00");
        press("rm:other");
        assertThat(say("25:99").text()).contains("25:99").contains("от 0 до 23");
        assertThat(say("напомни в 24:10").text()).contains("24:10");
        assertThat(stored().remindAt()).isEqualTo(LocalTime.of(22, 0));
        assertThat(say("23:05").text()).contains("23:05"); // the question stays open until answered
        assertThat(stored().remindAt()).isEqualTo(LocalTime.of(23, 5));
    }

    @Test
    void aQuestionInsteadOfATimeLeavesTheFlow() {
        press("rm:other");
        assertThat(say("а что такое миоклония").text()).isEqualTo(FALLBACK);
        assertThat(say("как дела").text()).isEqualTo(FALLBACK);
        assertThat(users.find(CHAT)).isEmpty();
    }

    @Test
    void understandsTimesInFreeText() {
        say("напомни в 22:15");
        assertThat(stored().remindAt()).isEqualTo(LocalTime.of(22, 15));
        say("перенеси на 21:00");
        assertThat(stored().remindAt()).isEqualTo(LocalTime.of(21, 0));
        say("напомни в половине одиннадцатого");
        assertThat(stored().remindAt()).isEqualTo(LocalTime.of(22, 30));
        say("/remind 23:00");
        assertThat(stored().remindAt()).isEqualTo(LocalTime.of(23, 0));
    }

    @Test
    void stopsWhenAskedInFreeText() {
        press("rm:at:22:00");
        assertThat(say("не присылай больше").text()).isEqualTo(messages.text("reminder.stopped"));
        assertThat(stored().remindersOn()).isFalse();
        assertThat(stored().remindAt()).as("kept for 'включи снова'").isEqualTo(LocalTime.of(22, 0));
        assertThat(say("не присылай больше").text()).isEqualTo(messages.text("reminder.already_off"));
    }

    @Test
    void pauseKeepsTheTimeAndResumeBringsItBack() {
        press("rm:at:22:00");
        Reply paused = press("rm:pause");
        assertThat(paused.buttons()).extracting(Button::encoded).containsExactly("rm:resume");
        assertThat(stored().remindersOn()).isFalse();
        assertThat(stored().remindAt()).isEqualTo(LocalTime.of(22, 0));
        press("rm:resume");
        assertThat(stored().remindersOn()).isTrue();
    }

    @Test
    void snoozeAsksAgainInFifteenMinutesOnlyWhileOn() {
        assertThat(press("rm:snooze").text()).isEqualTo(messages.text("reminder.snooze_off"));
        press("rm:at:22:00");
        assertThat(press("rm:snooze").text()).isEqualTo(messages.text("reminder.snoozed"));
        assertThat(stored().snoozedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void inAGroupItExplainsThatRemindersLiveInAPrivateChat() {
        ChatRef group = new ChatRef(-500, true);
        String expected = messages.text("reminder.group");
        assertThat(only(engine.handle(new Incoming.Text(group, "/remind"))).text()).isEqualTo(expected);
        assertThat(only(engine.handle(new Incoming.Text(group, "/timezone@DremaBot"))).text()).isEqualTo(expected);
        assertThat(only(engine.handle(new Incoming.Press(group, "rm:at:22:00"))).text()).isEqualTo(expected);
        assertThat(users.find(-500)).isEmpty();
    }

    @Test
    void timezoneOffersTheCommonZonesAndTakesAButton() {
        Reply menu = say("/timezone");
        assertThat(menu.buttons()).extracting(Button::label).contains("Москва (UTC+3)", "Владивосток (UTC+10)",
                "Другой город").hasSizeLessThanOrEqualTo(6);
        press("tz:set:vladivostok");
        assertThat(stored().zone()).isEqualTo(ZoneId.of("Asia/Vladivostok"));
    }

    @Test
    void timezoneTakesATypedOffsetOrZoneAndRejectsUnknownOnes() {
        press("tz:other");
        // A bare offset is the zone of a real city that has it (intents/lexicon/reminder.yaml, offset_city).
        assertThat(say("UTC+5").text()).contains("Екатеринбург (UTC+5)");
        assertThat(stored().zone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
        assertThat(say("/timezone UTC+25").text()).isEqualTo(messages.text("reminder.zone_bad"));
        assertThat(say("/timezone Mars/Olympus").text()).isEqualTo(messages.text("reminder.zone_bad"));
        assertThat(stored().zone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
        say("/timezone Asia/Kathmandu");
        assertThat(stored().zone()).isEqualTo(ZoneId.of("Asia/Kathmandu"));
    }

    /** Another feature's flow, to check that reminders never close it. */
    record OtherFlow() implements FlowState {
    }

    @Test
    void settingARemindLeavesAnotherFeaturesFlowOpen() {
        Feature routine = new Feature() {
            @Override
            public Set<String> commands() {
                return Set.of("other");
            }

            @Override
            public boolean ownsFlow(FlowState state) {
                return state instanceof OtherFlow;
            }

            @Override
            public List<Reply> onCommand(Turn turn, String command, String argument) {
                turn.session().open(new OtherFlow());
                return List.of(Reply.text("opened"));
            }

            @Override
            public List<Reply> onButton(Turn turn, ButtonData data) {
                return List.of(Reply.text(turn.session().flow(OtherFlow.class).isPresent() ? "still open" : "closed"));
            }

            @Override
            public Set<Class<? extends ButtonData>> buttons() {
                return Set.of(ButtonData.Navigation.class);
            }
        };
        DialogEngine both = Engines.of(said -> new Classification("reminder", 1, "help", 0, null),
                messages, clock, List.of(ReminderFeature.create(content, users, clock, new RussianAnalyzer(new TextNormalizer())), routine), new Feature() {
                });
        both.handle(new Incoming.Text(PRIVATE, "/other"));
        both.handle(new Incoming.Text(PRIVATE, "/remind"));
        both.handle(new Incoming.Press(PRIVATE, "rm:at:22:00"));
        assertThat(only(both.handle(new Incoming.Press(PRIVATE, "mn:main"))).text()).isEqualTo("still open");
    }

    @Test
    void aZoneTypedUnderTheMenuOrInASentenceIsRead() {
        say("/timezone");
        assertThat(say("UTC+25").text()).isEqualTo(messages.text("reminder.zone_bad"));
        assertThat(say("UTC+7").text()).contains("Новосибирск (UTC+7)");
        assertThat(stored().zone()).isEqualTo(ZoneId.of("Asia/Novosibirsk"));
        say("напомни в 22:00");
        assertThat(say("присылай по часовому поясу UTC+4").text()).contains("Самара (UTC+4)");
        assertThat(stored().zone()).isEqualTo(ZoneId.of("Europe/Samara"));
        assertThat(say("/timezone").text()).contains("UTC+4");
        assertThat(say("что такое миоклония").text()).isEqualTo(FALLBACK);
    }

    @Test
    void aButtonItDoesNotKnowGetsAKindReply() {
        assertThat(press("rm:fly").text()).isEqualTo(messages.text("dialog.stale_button"));
        assertThat(press("tz:set:atlantis").text()).isEqualTo(messages.text("reminder.stale"));
        assertThat(press("rm:at:99:99").text()).isEqualTo(messages.text("dialog.stale_button"));
        assertThat(users.find(CHAT)).isEmpty();
    }

    @Test
    void twoChangesAtOnceBothLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            // Two dialog engines (two bot instances) changing one user in the same moment.
            DialogEngine other = Engines.of(said -> new Classification("reminder", 1, "help", 0, null),
                    messages, clock, List.of(ReminderFeature.create(content, users, clock, new RussianAnalyzer(new TextNormalizer()))), new Feature() {
                    });
            Future<?> a = pool.submit(() -> {
                go.await();
                return engine.handle(new Incoming.Press(PRIVATE, "rm:at:21:00"));
            });
            Future<?> b = pool.submit(() -> {
                go.await();
                return other.handle(new Incoming.Press(PRIVATE, "tz:set:omsk"));
            });
            go.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored().remindAt()).isEqualTo(LocalTime.of(21, 0));
        assertThat(stored().zone()).isEqualTo(ZoneId.of("Asia/Omsk"));
    }
}
