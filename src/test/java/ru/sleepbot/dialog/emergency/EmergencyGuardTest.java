package ru.sleepbot.dialog.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.dialog.Alarm;
import ru.sleepbot.dialog.Session;

/** Emergency mode as the user meets it: through the real engine, content and triage, on a fake clock. */
class EmergencyGuardTest {

    private final DialogHarness bot = new DialogHarness();

    private String first(List<Reply> replies) {
        return replies.get(0).text();
    }

    @Test
    void keepsShortFollowUpsInTheSameSituation() {
        bot.say("у сына судороги");

        bot.clock.advance(Duration.ofMinutes(3));
        assertThat(first(bot.say("он синий"))).contains("103").contains("Засеките время");
        bot.clock.advance(Duration.ofMinutes(3));
        assertThat(first(bot.say("всё, закончилось"))).contains("приступ закончился").contains("на бок");
        assertThat(first(bot.say("скорая едет"))).contains("врачи едут");
        assertThat(first(bot.say("он очнулся"))).contains("Скорую не отменяйте");
    }

    @Test
    void answersAnythingShortDuringTheEmergencyWithThatSituation() {
        bot.say("муж не дышит");

        String reply = first(bot.say("ааа"));

        assertThat(reply).contains("Главное сейчас").contains("центр груди");
    }

    @Test
    void aDoubtDuringTheEmergencyGetsTheCallAgainWithTheFirstAid() {
        bot.say("у сына судороги");

        String reply = first(bot.say("а может это просто он так спит"));

        assertThat(reply).startsWith("<b>Лучше перестраховаться").contains("103").contains("Засеките время");
    }

    @Test
    void endsAQuarterOfAnHourAfterTheBotLastSpokeAboutIt() {
        bot.say("у сына судороги");
        bot.clock.advance(Duration.ofMinutes(10));
        bot.say("что дальше");
        bot.clock.advance(Duration.ofMinutes(14));

        assertThat(first(bot.say("что дальше"))).contains("Пока едут врачи");
        bot.clock.advance(EmergencyGuard.DEFAULT_HOLD.plusSeconds(1));
        assertThat(first(bot.say("что дальше"))).doesNotContain("103").doesNotContain("Пока едут врачи");
    }

    @Test
    void leavesOnCancelAndOnStart() {
        bot.say("у сына судороги");
        bot.say("/cancel");
        assertThat(first(bot.say("что дальше"))).doesNotContain("Пока едут врачи");

        bot.say("у сына судороги");
        bot.say("/start");
        assertThat(first(bot.say("что дальше"))).doesNotContain("Пока едут врачи");
    }

    @Test
    void aNewEmergencyInAShortMessageReplacesTheOldOne() {
        bot.say("у мужа судороги");

        List<Reply> replies = bot.say("он не дышит");

        assertThat(first(replies)).startsWith("<b>Звоните 103 или 112").contains("центр груди");
        assertThat(first(bot.say("что дальше"))).contains("центр груди");
    }

    @Test
    void readsALongMessageAsUsualEvenDuringAnEmergency() {
        bot.say("у сына судороги");

        List<Reply> replies = bot.say("почему вообще люди вздрагивают при засыпании, мне давно было интересно, "
                + "это как-то связано с фазами сна или с тем, что мышцы расслабляются, расскажите подробнее");

        assertThat(first(replies)).doesNotContain("Пока едут врачи").doesNotContain("103");
    }

    @Test
    void anOrdinaryMessageOpensNoEmergency() {
        bot.say("меня дергает всем телом когда засыпаю");

        assertThat(first(bot.say("что дальше"))).doesNotContain("Пока едут врачи");
    }

    @Test
    void theEndOfTheSeizureIsAFollowUpNotANewEmergency() {
        bot.say("у дочки судороги и температура");

        List<Reply> replies = bot.say("всё, перестала, обмякла и спит");

        assertThat(replies).singleElement().extracting(Reply::kind).asString().startsWith("emergency_followup");
    }

    @Test
    void answersQuestionsAboutAWarningSignWithWhomToSeeAgain() {
        bot.say("утром язык прикушен и на подушке кровь");

        Reply reply = bot.say("к кому идти и когда?").get(0);

        assertThat(reply.kind()).isEqualTo("urgent unwitnessed_seizure");
        assertThat(reply.text()).contains("неврологу");
    }

    @Test
    void askedOnlyWhichDoctorNamesTheDoctorBrieflyInsteadOfRepeatingTheWarning() {
        String warning = bot.say("беременна 32 недели, давление 150 на 95").get(0).text();

        Reply reply = bot.say("а к какому врачу?").get(0);

        assertThat(reply.kind()).isEqualTo("urgent pregnancy_pressure");
        assertThat(reply.text()).contains("акушеру-гинекологу").contains("сегодня");
        assertThat(reply.text().length()).isLessThan(warning.length() / 2);
        assertThat(warning).doesNotContain(reply.text());
    }

    @Test
    void askedWhichDoctorForAChildNamesTheChildsDoctor() {
        bot.say("сыну 10, во сне кричит и дерётся, а днём руки дёргаются всё сильнее, уже роняет вещи");

        Reply reply = bot.say("какой врач?").get(0);

        assertThat(reply.text()).startsWith("К детскому неврологу");
    }

    @Test
    void aDetailAddedToAWarningSignStaysWithIt() {
        bot.say("сыну 7, ночью слюни текут, половина лица дёргается, сказать ничего не может, через минуту прошло");

        Reply sameNights = bot.say("и так уже третью ночь").get(0);
        Reply again = bot.say("и опять сегодня под утро").get(0);

        assertThat(sameNights.kind()).isEqualTo("urgent child_epilepsy");
        assertThat(sameNights.text()).contains("неврологу");
        assertThat(again.kind()).isEqualTo("urgent child_epilepsy");
    }

    @Test
    void aDetailAfterTheWarningSignHasExpiredIsReadAsUsual() {
        bot.say("сыну 7, ночью слюни текут, половина лица дёргается, сказать ничего не может, через минуту прошло");
        bot.clock.advance(Duration.ofMinutes(20));

        Reply reply = bot.say("и так уже третью ночь").get(0);

        assertThat(reply.kind()).doesNotStartWith("urgent");
    }

    @Test
    void remembersWhomTheConversationIsAbout() {
        bot.say("дочке 6 месяцев, плохо спит");

        Reply reply = bot.say("и она последнюю неделю перестала улыбаться").get(0);

        assertThat(reply.kind()).isEqualTo("urgent infantile_spasms");
        assertThat(reply.text()).contains("детскому неврологу");
    }

    @Test
    void completesASignToldOverTwoMessages() {
        bot.say("муж храпит и затихает секунд на двадцать");

        assertThat(bot.say("он ещё днём за рулём клюёт носом").get(0).kind()).isEqualTo("urgent drowsy_driving");
    }

    @Test
    void theSessionKeepsTheAlarmAndTheContextWhenSerialised() throws Exception {
        Session session = new Session(7);
        session.alarm(new Alarm("emergency", "seizure", "", "child", Instant.parse("2026-11-26T19:00:00Z")));
        session.remember(java.util.Set.of("who.child"), 12);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(session);
        }
        Session copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Session) in.readObject();
        }

        assertThat(copy.alarm()).contains(session.alarm().orElseThrow());
        assertThat(copy.context()).containsExactly("who.child");
    }
}
