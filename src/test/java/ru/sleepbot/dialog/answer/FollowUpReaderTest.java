package ru.sleepbot.dialog.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.sleepbot.content.Aspect;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Said;
import ru.sleepbot.nlu.TextNormalizer;

class FollowUpReaderTest {

    private final FollowUpReader reader = new FollowUpReader(new ContextCues(new RussianAnalyzer(new TextNormalizer()),
            DialogHarness.CONTENT.lexicon()));

    @ParameterizedTest
    @CsvSource({
            "а это опасно?, is_dangerous",
            "это нормально?, is_dangerous",
            "стоит ли беспокоиться, is_dangerous",
            "что делать?, what_to_do",
            "как лечат?, what_to_do",
            "как от этого избавиться, what_to_do",
            "почему так?, causes",
            "а отчего это бывает, causes",
            "когда к врачу?, when_doctor",
            "к какому врачу идти, when_doctor",
            "а что это такое, what_is",
            "а что это?, what_is",
            "это опасно и когда к врачу, when_doctor"})
    void readsTheAspectOfAShortFollowUp(String text, String aspect) {
        FollowUp followUp = reader.read(Said.of(text)).orElseThrow();

        assertThat(followUp.aspect()).contains(Aspect.fromKey(aspect).orElseThrow());
        assertThat(followUp.audience()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"подробнее", "ещё", "расскажи больше", "а дальше?"})
    void readsAskingForMore(String text) {
        FollowUp followUp = reader.read(Said.of(text)).orElseThrow();

        assertThat(followUp.more()).isTrue();
        assertThat(followUp.aspect()).isEmpty();
    }

    @Test
    void switchesToChildrenAndKeepsTheAspectAsked() {
        FollowUp followUp = reader.read(Said.of("а у ребенка это опасно?")).orElseThrow();

        assertThat(followUp.audience()).contains(FollowUp.Audience.CHILDREN);
        assertThat(followUp.aspect()).contains(Aspect.IS_DANGEROUS);
    }

    @Test
    void switchesToRestlessLegsForPregnancy() {
        FollowUp followUp = reader.read(Said.of("а если при беременности?")).orElseThrow();

        assertThat(followUp.audience()).contains(FollowUp.Audience.PREGNANCY);
        assertThat(followUp.aspect()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"а судороги опасны?", "почему я вздрагиваю когда засыпаю", "а это",
            "привет", "что делать если малыш плохо спит и постоянно плачет по ночам"})
    void leavesNewQuestionsToTheClassifier(String text) {
        assertThat(reader.read(Said.of(text))).isEmpty();
    }

    @Test
    void findsTheAspectInsideAWholeQuestion() {
        assertThat(reader.aspectAsked(Said.of("опасно ли вздрагивать при засыпании"))).contains(Aspect.IS_DANGEROUS);
        assertThat(reader.aspectAsked(Said.of("вздрагиваю при засыпании"))).isEqualTo(Optional.empty());
    }

    @Test
    void aQuestionThatOpensByAskingWhatToDoAsksThatWhoeverItNamesLater() {
        assertThat(reader.aspectAsked(Said.of("что сделать, пока ждём невролога?"))).contains(Aspect.WHAT_TO_DO);
        assertThat(reader.aspectAsked(Said.of("а что с этим делают врачи?"))).contains(Aspect.WHAT_TO_DO);
        // Further in, the doctor still comes first.
        assertThat(reader.aspectAsked(Said.of("к какому врачу идти и что делать"))).contains(Aspect.WHEN_DOCTOR);
    }

    @Test
    void aQuestionWordNearTheStartMakesAMessageAQuestion() {
        assertThat(reader.asks(Said.of("мне 50 если что. это что за напасть такая"))).isTrue();
        assertThat(reader.asks(Said.of("утром он ничего не помнит"))).isFalse();
    }
}
