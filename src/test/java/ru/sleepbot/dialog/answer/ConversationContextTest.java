package ru.sleepbot.dialog.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.nlu.Classification;

/**
 * What the conversation so far decides when the classifier is not sure: the topic already talked
 * about, the topic's own words, the classifier's own guess in a going conversation. Each message
 * gets a scripted classification, so the test is about the dialog, not the model.
 */
class ConversationContextTest {

    private static DialogHarness bot(Map<String, Classification> script) {
        return new DialogHarness(said -> script.getOrDefault(said.raw(),
                new Classification(Classification.OUT_OF_SCOPE, 0.9, "greeting", 0.05, null)));
    }

    private static Classification topic(String id, double confidence, String runnerUp, double second) {
        return new Classification(id, confidence, runnerUp, second, null);
    }

    /** The guess is snoring: loud snoring on one's back is snoring in its words too (NeighbourCues). */
    @Test
    void anUnplacedQuestionInAGoingConversationGetsTheClassifiersOwnGuess() {
        DialogHarness bot = bot(Map.of(
                "ночью сводит икру", topic("night_cramps", 0.95, "out_of_scope", 0.1),
                "муж громко храпит на спине всю ночь, почему так?", topic("out_of_scope", 0.6, "snoring", 0.45)));

        bot.say("ночью сводит икру");

        assertThat(bot.say("муж громко храпит на спине всю ночь, почему так?").get(0).kind()).startsWith("topic snoring");
    }

    @Test
    void aFirstMessageNeedsAFirmerGuessAndARemarkGetsNone() {
        Map<String, Classification> script = Map.of(
                "муж громко храпит на спине всю ночь, почему так?", topic("out_of_scope", 0.6, "breathing_apnea", 0.45),
                "ночью сводит икру", topic("night_cramps", 0.95, "out_of_scope", 0.1),
                "муж громко храпит на спине всю ночь", topic("out_of_scope", 0.6, "breathing_apnea", 0.45));
        DialogHarness first = bot(script);
        assertThat(first.say("муж громко храпит на спине всю ночь, почему так?").get(0).kind()).isEqualTo("out_of_scope");

        DialogHarness going = bot(script);
        going.say("ночью сводит икру");
        assertThat(going.say("муж громко храпит на спине всю ночь").get(0).kind()).isEqualTo("out_of_scope");
    }

    @Test
    void twoCloseTopicsOneOfThemAlreadyTalkedAboutNeedNoQuestion() {
        DialogHarness bot = bot(Map.of(
                "вечером ноги крутит, хочется встать и ходить", topic("restless_legs", 0.95, "out_of_scope", 0.1),
                "внук тоже жалуется на ноги вечером", topic("child_sleep", 0.62, "restless_legs", 0.60)));

        bot.say("вечером ноги крутит, хочется встать и ходить");

        assertThat(bot.say("внук тоже жалуется на ноги вечером").get(0).kind()).isEqualTo("topic restless_legs children");
    }

    @Test
    void withNothingTalkedAboutTwoCloseTopicsStillGetAQuestion() {
        DialogHarness bot = bot(Map.of(
                "внук тоже жалуется на ноги вечером", topic("child_sleep", 0.62, "restless_legs", 0.60)));

        assertThat(bot.say("внук тоже жалуется на ноги вечером").get(0).kind()).isEqualTo("clarify");
    }

    @Test
    void aFinerTopicAskedByNameIsItsOwnNotItsParentsOnScreen() {
        DialogHarness bot = bot(Map.of(
                "фебрильные судороги опасны?", new Classification("epilepsy", 0.8, "out_of_scope", 0.1, "febrile_seizures")));
        bot.press("tp:epilepsy");

        assertThat(bot.say("фебрильные судороги опасны?").get(0).kind()).startsWith("topic febrile_seizures");
    }

    @Test
    void theTopicsOwnWordsNameNoNewSubjectWhenTheClassifierIsFarFromSure() {
        DialogHarness bot = bot(Map.of(
                "при засыпании сердце замирает и ёкает", topic("heart_at_sleep_onset", 0.97, "out_of_scope", 0.1),
                "это не остановка сердца? я не умру?", topic("sleep_behaviours", 0.63, "breathing_apnea", 0.43)));

        bot.say("при засыпании сердце замирает и ёкает");

        assertThat(bot.say("это не остановка сердца? я не умру?").get(0).kind())
                .startsWith("topic heart_at_sleep_onset");
    }
}
