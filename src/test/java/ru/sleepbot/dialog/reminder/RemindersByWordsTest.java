package ru.sleepbot.dialog.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.ChatRef;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.dialog.DialogEngine;
import ru.sleepbot.dialog.Engines;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.reminder.ReminderSchedule;
import ru.sleepbot.store.Database;
import ru.sleepbot.store.ReminderStore;
import ru.sleepbot.store.TestDatabases;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.time.MutableClock;

/** Reminders set, changed, paused and placed in a time zone by plain words, the way people write. */
class RemindersByWordsTest {

    private static final ChatRef CHAT = ChatRef.privateChat(200);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final KnowledgeBase content = new ContentLoader().load(Path.of("intents"));
    private final Database db = TestDatabases.openClean(TestDatabases.embedded());
    private final ReminderStore users = db.users(ZoneId.of("Europe/Moscow"), clock, new ReminderSchedule());
    /** The classifier is out of the picture: every message here must be understood by its words. */
    private final DialogEngine engine = Engines.of(
            said -> new Classification(Classification.OUT_OF_SCOPE, 0.9, "help", 0.1, null),
            content.messages(), clock,
            List.of(ReminderFeature.create(content, users, clock, new RussianAnalyzer(new TextNormalizer()))),
            new Feature() {
            });

    @AfterEach
    void close() {
        db.close();
    }

    private List<Reply> say(String text) {
        return engine.handle(new Incoming.Text(CHAT, text)).stream().map(Outgoing::reply).toList();
    }

    private UserSettings stored() {
        return users.find(CHAT.id()).orElseThrow();
    }

    @Test
    void aTimeAndACityInOneMessageSetBoth() {
        Reply reply = say("напоминай мне каждый вечер в 22:30, я в новосибирске").get(0);

        assertThat(reply.kind()).isEqualTo("reminder_set 22:30 Asia/Novosibirsk");
        assertThat(reply.text()).contains("22:30").contains("Новосибирск").contains("UTC+7");
        assertThat(stored().zone()).isEqualTo(ZoneId.of("Asia/Novosibirsk"));
    }

    @Test
    void aCityRightAfterAReminderReplyMovesTheZone() {
        say("напомни в 22:00");

        assertThat(say("у меня новосибирск а не москва").get(0).kind()).isEqualTo("zone_set Asia/Novosibirsk");
        assertThat(stored().remindAt()).isEqualTo(LocalTime.of(22, 0));
    }

    @Test
    void aCityTypedUnderTheZoneMenuIsTaken() {
        say("/timezone");

        assertThat(say("новосибирск").get(0).kind()).isEqualTo("zone_set Asia/Novosibirsk");
    }

    @Test
    void anOffsetFromMoscowIsTheZoneOfACityWithThatOffset() {
        List<Reply> replies = say("напоминай в 22:00 по мск+4");

        assertThat(replies.get(0).kind()).isEqualTo("reminder_set 22:00 Asia/Novosibirsk");
        assertThat(replies.get(0).text()).contains("Новосибирск (UTC+7)");
        assertThat(stored().zone()).isEqualTo(ZoneId.of("Asia/Novosibirsk"));
    }

    @Test
    void anOffsetNoListedCityHasStaysAsSaid() {
        assertThat(say("напоминай в 22:00 по utc-5").get(0).kind()).isEqualTo("reminder_set 22:00 Etc/GMT+5");
    }

    @Test
    void aNameSeveralCitiesShareIsAskedBackAndAnsweredByAButton() {
        List<Reply> replies = say("напомни в 22:00, я в железногорске");

        assertThat(replies).extracting(Reply::kind).containsExactly("reminder_set 22:00 Europe/Moscow", "zone_ask");
        Reply which = replies.get(1);
        assertThat(which.buttons()).hasSizeBetween(2, 6);
        Reply picked = engine.handle(new Incoming.Press(CHAT, which.buttons().get(0).encoded())).get(0).reply();
        // The city settled, the reminder just set is confirmed in its zone.
        assertThat(picked.kind()).startsWith("reminder_set 22:00 ");
    }

    @Test
    void aTwentyFourHourTimeIsNeverTurnedIntoAnAfternoonOne() {
        assertThat(say("каждый вечер в 01:48 напоминай").get(0).kind()).isEqualTo("reminder_set 01:48 Europe/Moscow");
    }

    @Test
    void aPauseForSomeEveningsSkipsThemAndThenComesBack() {
        say("напоминай в 22:00");

        assertThat(say("поставь напоминания на паузу на 3 дня").get(0).kind()).isEqualTo("reminder_pause");
        assertThat(stored().remindersOn()).isTrue();
        assertThat(stored().lastPromptDate()).isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void askingWhatIsSetShowsIt() {
        say("напоминай в 22:15");

        Reply status = say("во сколько ты мне напоминаешь?").get(0);
        assertThat(status.kind()).isEqualTo("reminder_status");
        assertThat(status.text()).contains("22:15");
    }

    @Test
    void aShortStopRightAfterAReminderReplyTurnsItOff() {
        say("напоминай в 22:15");

        assertThat(say("отключи совсем").get(0).kind()).isEqualTo("reminder_off");
        assertThat(stored().remindersOn()).isFalse();
    }
}
