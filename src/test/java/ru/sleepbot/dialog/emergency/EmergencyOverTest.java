package ru.sleepbot.dialog.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.DialogHarness;

/**
 * Emergency mode ends when the person says it is over or in doctors' hands, in the ways people say
 * it: the crew has left and he came round, the doctors said all is well, they are in hospital. The
 * next ordinary question then gets its topic's answer, while a short word still about the emergency
 * keeps the guidance.
 */
class EmergencyOverTest {

    private static final String QUESTION = "как отучить мужа храпеть?";

    private final DialogHarness bot = new DialogHarness();

    @ParameterizedTest
    @ValueSource(strings = {"бригада уехала, он пришёл в себя", "скорая приехала, забрали", "врачи сказали всё нормально",
            "мы в больнице", "врач сказал, что ничего страшного", "скорая уехала, оставили дома"})
    void theNextOrdinaryQuestionGetsItsTopicOnceTheEmergencyIsOver(String over) {
        bot.say("у сына судороги");
        bot.clock.advance(Duration.ofMinutes(5));

        Reply settled = bot.say(over).get(0);
        Reply next = bot.say(QUESTION).get(0);

        assertThat(settled.kind()).startsWith("emergency_followup");
        assertThat(next.kind()).isEqualTo(new DialogHarness().say(QUESTION).get(0).kind());
        assertThat(next.text()).doesNotContain("Пока едут врачи");
    }

    @ParameterizedTest
    @ValueSource(strings = {"он синий", "что дальше", "опять трясёт"})
    void aShortMessageStillAboutTheEmergencyKeepsTheGuidance(String still) {
        bot.say("у сына судороги");
        bot.clock.advance(Duration.ofMinutes(2));

        assertThat(bot.say(still).get(0).kind()).startsWith("emergency");
    }

    @ParameterizedTest
    @ValueSource(strings = {"он пришёл в себя", "задышал"})
    void gettingBetterAloneIsNotTheEndOfTheEmergency(String better) {
        bot.say("у сына судороги");
        bot.say(better);

        assertThat(bot.say("что дальше").get(0).kind()).startsWith("emergency_followup");
    }
}
