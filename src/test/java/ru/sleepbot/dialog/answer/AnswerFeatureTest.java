package ru.sleepbot.dialog.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.nlu.Classification;

class AnswerFeatureTest {

    @Test
    void asksWhichTopicWhenTwoAreClose() {
        DialogHarness bot = new DialogHarness(text ->
                new Classification("restless_legs", 0.66, "night_cramps", 0.60, null));

        Reply reply = bot.say("ноги по ночам не дают покоя, что делать").get(0);

        assertThat(reply.text()).isEqualTo("Уточните, пожалуйста: вы про «Синдром беспокойных ног» или про «Ночные судороги в ногах»?");
        assertThat(reply.buttons()).extracting(Button::encoded)
                .containsExactly("tp:restless_legs:what_to_do", "tp:night_cramps:what_to_do");
    }

    @Test
    void answersStraightWhenTheBestTopicIsClearlyAhead() {
        DialogHarness bot = new DialogHarness(text ->
                new Classification("restless_legs", 0.70, "night_cramps", 0.20, null));

        Reply reply = bot.say("ноги по ночам не дают покоя").get(0);

        assertThat(reply.text()).contains("синдром Экбома");
    }

    @Test
    void doesNotAskWhenTheRunnerUpIsNotATopic() {
        DialogHarness bot = new DialogHarness(text ->
                new Classification("hypnic_jerk", 0.65, "greeting", 0.64, null));

        assertThat(bot.say("привет, я вздрагиваю").get(0).text()).contains("Вздрогнуть в момент засыпания");
    }

    @Test
    void jumpsToTheSectionAWholeQuestionAsksFor() {
        DialogHarness bot = new DialogHarness();

        List<Reply> replies = bot.say("опасно ли вздрагивать при засыпании");

        assertThat(replies.get(0).kind()).isEqualTo("topic hypnic_jerk is_dangerous");
        assertThat(replies.get(0).buttons()).extracting(Button::encoded).contains("tp:hypnic_jerk");
    }

    @Test
    void putsTheDisclaimerUnderTreatmentButNotUnderOrdinaryAnswers() {
        DialogHarness bot = new DialogHarness();
        String disclaimer = DialogHarness.CONTENT.messages().text("dialog.disclaimer");

        assertThat(bot.press("tp:treatment").get(0).text()).endsWith(disclaimer);
        assertThat(bot.press("tp:diagnostics:what_is").get(0).text()).endsWith(disclaimer);
        assertThat(bot.press("tp:hypnic_jerk").get(0).text()).doesNotContain(disclaimer);
    }

    @Test
    void offersARoutineUnderTheRelaxationTopic() {
        DialogHarness bot = new DialogHarness();

        assertThat(bot.press("tp:relaxation").get(0).buttons()).extracting(Button::encoded).contains("rt:list");
    }

    @Test
    void fallsBackToTheMainAnswerForAnUnknownAspectInOldButtons() {
        DialogHarness bot = new DialogHarness();

        assertThat(bot.press("tp:hypnic_jerk:no_such_aspect").get(0).text()).contains("Вздрогнуть в момент засыпания");
    }

    @Test
    void aFeelingToldAfterAnAnswerIsItsOwnSubjectWhileTheSameWordsAskedAreAboutTheTopicOnScreen() {
        DialogHarness bot = new DialogHarness(text ->
                new Classification("stress_fatigue", 0.85, "falling_sensation", 0.15, "night_anxiety"));
        bot.press("tp:sleep_paralysis");

        assertThat(bot.say("мне теперь страшно засыпать").get(0).kind()).startsWith("topic night_anxiety");
        bot.press("tp:sleep_paralysis");
        assertThat(bot.say("а засыпать так страшно?").get(0).kind()).isEqualTo("topic sleep_paralysis is_dangerous");
    }
}
