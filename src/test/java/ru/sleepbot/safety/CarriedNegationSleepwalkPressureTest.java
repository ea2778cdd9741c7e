package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Three readings of round 9c: a negation carried into an elliptical clause ("боли нет, судорог
 * тоже"), a sleepwalking or night-terror child who "does not react" while up and about, and high
 * blood pressure in pregnancy told as a number without an emergency sign.
 */
class CarriedNegationSleepwalkPressureTest {

    private static Assessment assess(String text) {
        return SafetyFixtures.assess(text);
    }

    @Test
    void aClauseOfAWordAndTozheTakesTheNegationOfTheClauseBefore() {
        assertThat(assess("у сына ночью боли нет, судорог тоже").level()).isEqualTo(Level.ROUTINE);
        assertThat(assess("температуры нет. И судорог тоже").level()).isEqualTo(Level.ROUTINE);
        assertThat(assess("ни судорог, ни синевы, просто проснулся в слезах").level()).isEqualTo(Level.ROUTINE);
        assertThat(assess("сознание не терял, и язык тоже не прикусывал").level()).isEqualTo(Level.ROUTINE);
        assertThat(assess("муж вскрикнул во сне, и судорог не было тоже").level()).isEqualTo(Level.ROUTINE);
    }

    @Test
    void aClauseWithWordsOfItsOwnKeepsItsOwnReading() {
        Assessment breath = assess("судорог нет, но он не дышит");
        assertThat(breath.level()).isEqualTo(Level.EMERGENCY);
        assertThat(breath.sign()).isEqualTo("not_breathing");
        // "а судороги идут": no carried word, so nothing is carried over from "боли нет"
        assertThat(assess("боли нет, а судороги идут уже пять минут").sign()).isEqualTo("seizure");
        // a verb of its own: "тоже" there says the fit came too
        assertThat(assess("боли нет, а судороги тоже начались").sign()).isEqualTo("seizure");
    }

    @Test
    void aChildUpAndAboutInTheNightWhoDoesNotReactIsNoEmergency() {
        assertThat(assess("дочка 6 лет ходит по квартире ночью, ноль реакции на меня").level()).isEqualTo(Level.ROUTINE);
        assertThat(assess("сын встал ночью и бродит по комнате, не реагирует на меня").level()).isEqualTo(Level.ROUTINE);
        assertThat(assess("дочка ночью сидит в кровати, кричит и смотрит сквозь меня").level()).isEqualTo(Level.ROUTINE);
    }

    @Test
    void aChildWhoFellOrHangsLimpAndDoesNotReactStaysAnEmergency() {
        assertThat(assess("сын встал ночью, упал и не реагирует").sign()).isEqualTo("unresponsive");
        assertThat(assess("дочка ходила во сне, а теперь обмякла и не реагирует").sign()).isEqualTo("unresponsive");
        assertThat(assess("муж лежит, глаза открыты, не реагирует").sign()).isEqualTo("unresponsive");
    }

    @Test
    void highPressureInPregnancyWithoutAnEmergencySignIsUrgent() {
        for (String text : new String[] {"я беременна, давление 150/95", "на 30 неделе давление 140 на 90, голова не болит",
                "беременна 32 недели, давление 160 и ноги отекают"}) {
            Assessment a = assess(text);
            assertThat(a.level()).as(text).isEqualTo(Level.URGENT);
            assertThat(a.sign()).as(text).isEqualTo("pregnancy_pressure");
            assertThat(a.person()).as(text).isEqualTo(Person.PREGNANT);
        }
    }

    @Test
    void highPressureInPregnancyWithAnEmergencySignStaysEclampsia() {
        assertThat(assess("беременна, давление 150 и сильно болит голова").sign()).isEqualTo("eclampsia");
        assertThat(assess("на 33 неделе давление 150 на 100 и мушки перед глазами").sign()).isEqualTo("eclampsia");
    }

    @Test
    void normalPressureInPregnancyOrHighPressureOutsideItIsNoWarning() {
        assertThat(assess("у беременной давление 120/80, просто плохо сплю").level()).isEqualTo(Level.ROUTINE);
        assertThat(assess("давление 150 на 100, мне 45, плохо сплю").level()).isEqualTo(Level.ROUTINE);
    }
}
