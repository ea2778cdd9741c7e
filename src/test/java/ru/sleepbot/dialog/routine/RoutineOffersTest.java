package ru.sleepbot.dialog.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Routine;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.dialog.Session;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;

class RoutineOffersTest {

    private final RoutineOffers offers = new RoutineOffers(DialogHarness.CONTENT);
    private final RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());

    private Session offered(String... ids) {
        Session session = new Session(1);
        List<Button> buttons = java.util.Arrays.stream(ids).map(id -> new Button(id, new ButtonData.RoutineStart(id))).toList();
        offers.remember(session, List.of(Reply.text("?").withButtons(buttons, 1).withKind("x")));
        return session;
    }

    private String chosen(Session session, String said) {
        return offers.chosen(session, analyzer.analyze(said)).map(Routine::id).orElse("none");
    }

    @Test
    void aRoutineIsChosenByItsPlaceByPointingOrByItsOwnWords() {
        Session session = offered("body_scan", "slow_breathing", "quiet_mind");
        assertThat(chosen(session, "давай второй")).isEqualTo("slow_breathing");
        assertThat(chosen(session, "последний")).isEqualTo("quiet_mind");
        assertThat(chosen(session, "давай этот")).isEqualTo("body_scan");
        assertThat(chosen(session, "тот, где мысли на бумагу")).isEqualTo("quiet_mind");
    }

    @Test
    void nothingIsChosenWhenNothingWasOfferedOrTheMessageAsks() {
        assertThat(chosen(new Session(1), "давай второй")).isEqualTo("none");
        Session session = offered("warm_wind_down", "quiet_mind");
        assertThat(chosen(session, "тёплая ванна правда помогает расслабиться?")).isEqualTo("none");
    }
}
