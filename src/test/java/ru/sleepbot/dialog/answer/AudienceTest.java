package ru.sleepbot.dialog.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.dialog.Session;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;

class AudienceTest {

    private final Audience audience = new Audience(DialogHarness.CONTENT);
    private final RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());

    @Test
    void aChildNamedAfterAnAdultMakesTheTalkAboutTheChild() {
        Session session = new Session(1);
        session.remember(List.of("adult", "who.child"), 12);
        assertThat(audience.of(session)).isEqualTo(Audience.Who.CHILD);
        session.remember(List.of("adult"), 12);
        assertThat(audience.of(session)).isEqualTo(Audience.Who.ANYONE);
    }

    @Test
    void speakingOfOneselfMakesTheTalkThePersonsAgainUntilAChildIsNamed() {
        Session session = new Session(1);
        session.remember(List.of("who.child"), 12);
        assertThat(audience.of(session, analyzer.analyze("а у меня каждую ночь раза два"), false))
                .isEqualTo(Audience.Who.ANYONE);
        assertThat(audience.of(session)).isEqualTo(Audience.Who.ANYONE);
        assertThat(audience.of(session, analyzer.analyze("а сыну это не вредно?"), true)).isEqualTo(Audience.Who.CHILD);
    }

    @Test
    void aPregnancyOnceNamedStaysAndItsNeighboursAreAnsweredByItsTopic() {
        Session session = new Session(1);
        session.remember(List.of("who.pregnant", "who.child", "adult"), 12);
        assertThat(audience.of(session)).isEqualTo(Audience.Who.PREGNANT);
        assertThat(audience.instead(session, DialogHarness.CONTENT.topic("restless_legs").orElseThrow(), false,
                Audience.Who.PREGNANT)).map(t -> t.id()).contains("pregnancy_night");
        assertThat(audience.instead(session, DialogHarness.CONTENT.topic("snoring").orElseThrow(), false,
                Audience.Who.PREGNANT)).isEmpty();
    }
}
