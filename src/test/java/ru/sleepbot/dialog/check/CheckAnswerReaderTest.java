package ru.sleepbot.dialog.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Said;
import ru.sleepbot.nlu.TextNormalizer;

class CheckAnswerReaderTest {

    private final CheckAnswerReader reader = new CheckAnswerReader(new RussianAnalyzer(new TextNormalizer()),
            DialogHarness.CONTENT.lexicon());

    @ParameterizedTest
    @CsvSource({
            "да, YES", "Да!, YES", "ага, YES", "часто, YES",
            "нет, NO", "неа, NO", "не бывает, NO", "никогда, NO",
            "иногда, SOMETIMES", "бывает иногда, SOMETIMES", "редко, SOMETIMES",
            "не знаю, DONT_KNOW", "хз, DONT_KNOW", "не помню, DONT_KNOW",
            "2, SOMETIMES"})
    void readsTypedYesNoAnswers(String text, CheckOption expected) {
        assertThat(reader.read(CheckStep.PAIN, Said.of(text))).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"я, ADULT", "взрослый, ADULT", "ребёнок, CHILD", "у дочки, CHILD", "я беременна, PREGNANT"})
    void readsWhoItIsAbout(String text, CheckOption expected) {
        assertThat(reader.read(CheckStep.WHO, Said.of(text))).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"при засыпании, FALLING_ASLEEP", "когда засыпаю, FALLING_ASLEEP", "ночью, NIGHT",
            "и ночью и днём, DAY", "днем тоже, DAY"})
    void readsWhenItHappens(String text, CheckOption expected) {
        assertThat(reader.read(CheckStep.WHEN, Said.of(text))).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"храплю, BREATHING", "муж говорит что я храплю, BREATHING", "икры сводит, PAIN",
            "ноги крутит, LEGS"})
    void takesNamingTheSignAsYes(String text, CheckStep step) {
        assertThat(reader.read(step, Said.of(text))).contains(CheckOption.YES);
    }

    @ParameterizedTest
    @CsvSource({"не храплю, BREATHING", "боли нет, PAIN"})
    void takesADeniedSignAsNo(String text, CheckStep step) {
        assertThat(reader.read(step, Said.of(text))).contains(CheckOption.NO);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "болей нету, но стопу временами сводит под утро | PAIN | SOMETIMES",
        "с ногами всё в порядке, ничего не ноет и не тянет | LEGS | NO",
        "храпит сильно, говорят, но дышит ровно | BREATHING | YES",
        "когда нос заложен бывает храп, а обычно тихо | BREATHING | SOMETIMES",
        "нет, ни разу такого не припомню | WARNING | NO",
        "однажды утром язык был прикушен и болели мышцы | WARNING | YES",
        "по утрам всё тело болит будто разгружал вагоны | PAIN | YES"})
    void readsAWholeSentenceAsAnAnswer(String text, CheckStep step, CheckOption expected) {
        assertThat(reader.read(step, Said.of(text))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"фыва", "", "😴", "мой ребенок вздрагивает во сне а почему так", "9",
        "расскажите пожалуйста подробнее про вздрагивания при засыпании у взрослых и у детей и что с этим делать "
            + "если это повторяется каждую ночь уже много лет подряд"})
    void leavesWhatIsNotAnAnswer(String text) {
        assertThat(reader.read(CheckStep.PAIN, Said.of(text))).isEmpty();
    }
}
