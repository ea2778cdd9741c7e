package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.sleepbot.chat.Reply;

/** What triage says: the shape the issue asks for, for every sign and person the rules know. */
class SafetyRepliesTest {

    private static final SafetyReplies REPLIES = new SafetyReplies(SafetyFixtures.CONTENT.messages());

    static Stream<Arguments> signsAndPeople() {
        return SafetyFixtures.BOOK.signs.stream()
                .flatMap(sign -> Stream.of(Person.values()).map(person -> Arguments.of(sign.id(), sign.level(), person)));
    }

    private static List<Reply> alarm(String sign, Level level, Person person) {
        return REPLIES.alarm(new Assessment(level, sign, "", person, ""));
    }

    @ParameterizedTest(name = "{0} about {2}")
    @MethodSource("signsAndPeople")
    void emergencyOpensWithTheCallThenTwoToFourFirstAidLinesAndNothingElse(String sign, Level level, Person person) {
        if (level != Level.EMERGENCY) {
            return;
        }
        String bubble = alarm(sign, level, person).get(0).text();
        String[] lines = bubble.split("\n");

        assertThat(lines[0]).startsWith("<b>Звоните 103 или 112");
        assertThat(lines.length - 1).as("first-aid lines").isBetween(2, 4);
        assertThat(List.of(lines).subList(1, lines.length)).allMatch(l -> l.startsWith("• "));
        assertThat(bubble).doesNotContainIgnoringCase("сомнолог").doesNotContain("не откладывая");
    }

    @ParameterizedTest(name = "{0} about {2}")
    @MethodSource("signsAndPeople")
    void warningSignNamesADoctorAndHowSoonWithoutAnAmbulanceFirst(String sign, Level level, Person person) {
        if (level != Level.URGENT) {
            return;
        }
        String text = alarm(sign, level, person).get(0).text();

        assertThat(text).startsWith("⚠️").doesNotStartWith("<b>Звоните");
        assertThat(text).containsPattern("(неврологу|педиатру|сомнологу|терапевту|хирургу|акушеру-гинекологу|врачу|врачом)");
        assertThat(text).containsPattern("(?iu)(сегодня|1–2 дня|ближайшие дни)");
    }

    @Test
    void namesTheDoctorForThePerson() {
        assertThat(alarm("worsening_jerks", Level.URGENT, Person.CHILD).get(0).text()).contains("детскому неврологу");
        assertThat(alarm("dvt", Level.URGENT, Person.PREGNANT).get(0).text()).contains("акушеру-гинекологу");
        assertThat(alarm("unwitnessed_seizure", Level.URGENT, Person.ANYONE).get(0).text()).contains("неврологу");
        assertThat(alarm("drowsy_driving", Level.URGENT, Person.ANYONE).get(0).text()).contains("не садитесь за руль");
    }

    @Test
    void speaksAboutWhatTheUserSaid() {
        Assessment tongue = new Assessment(Level.URGENT, "unwitnessed_seizure", "tongue", Person.ANYONE, "");
        Assessment regression = new Assessment(Level.URGENT, "infantile_spasms", "regression", Person.CHILD, "");

        assertThat(REPLIES.alarm(tongue).get(0).text()).contains("язык").doesNotContain("мочится");
        assertThat(REPLIES.alarm(regression).get(0).text()).contains("улыбаться").doesNotContain("кивков");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signsAndPeople")
    void medicineRiskGetsACalmReplyWithoutADoseThatLeavesItToTheDoctor(String sign, Level level, Person person) {
        if (level != Level.MEDICINE) {
            return;
        }
        String text = alarm(sign, level, person).get(0).text();

        assertThat(text).containsPattern("(врач|педиатр|терапевт|сомнолог)").doesNotContain("103").doesNotContainPattern("\\d+\\s*(мг|таблет|капел)");
        assertThat(text).doesNotContain("не моя тема");
    }

    @Test
    void followUpsStayInTheSituation() {
        assertThat(REPLIES.followUp("seizure", Person.ANYONE, "worse").text()).contains("103").contains("Засеките время");
        assertThat(REPLIES.followUp("seizure", Person.ANYONE, "better").text()).contains("приступ закончился");
        assertThat(REPLIES.followUp("not_breathing", Person.CHILD, "next").text()).contains("ребёнка");
        assertThat(REPLIES.followUp("stroke", Person.ANYONE, "").text()).contains("Запомните время");
    }

    @Test
    void theBotSpeaksOfItselfInTheFeminine() {
        SafetyFixtures.CONTENT.messages().keys().stream().filter(k -> k.startsWith("safety."))
                .flatMap(k -> SafetyFixtures.CONTENT.messages().variants(k).stream())
                .forEach(text -> assertThat(text).doesNotContainPattern("(?iu)\\bя (понял|нашел|нашёл|подсказал|рад|готов|увидел)\\b"));
    }
}
