package ru.sleepbot.dialog.talk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.store.MissCount;

class FallbackFeatureTest {

    private final DialogHarness bot = new DialogHarness();

    @Test
    void countsAMissByHashWithoutTheTextWhenTheUserDidNotAgree() {
        bot.say("Бла-бла, бла!");
        bot.say("бла бла бла");

        List<MissCount> top = bot.misses.top(10);
        assertThat(top).singleElement().satisfies(miss -> {
            assertThat(miss.count()).isEqualTo(2);
            assertThat(miss.text()).isNull();
            assertThat(miss.hash()).isEqualTo(MissRecorder.hash("бла бла бла")).doesNotContain("бла");
        });
    }

    @Test
    void keepsTheNormalizedTextWhenTheUserAgreedInPrivacy() {
        bot.press("pv:on");

        bot.say("Бла-бла, бла!");

        assertThat(bot.misses.top(1)).singleElement().extracting(MissCount::text).isEqualTo("бла бла бла");
    }

    @Test
    void offersTheCheckAndTopicsAfterTwoMissesInARowOnly() {
        List<Reply> first = bot.say("шмяк");
        bot.say("вздрагиваю при засыпании");
        List<Reply> afterAnAnswer = bot.say("шмяк");
        List<Reply> second = bot.say("бдыщ");

        assertThat(data(first)).contains("rt:list").doesNotContain("ck:start");
        assertThat(data(afterAnAnswer)).doesNotContain("ck:start");
        assertThat(data(second)).containsExactly("ck:start", "mn:topics");
    }

    /** Before the reminder feature is plugged in the content's reply answers; after, the feature does. */
    @Test
    void answersAReminderRequestWithoutCountingAMiss() {
        DialogHarness reminderOnly = new DialogHarness(text ->
                new ru.sleepbot.nlu.Classification("reminder", 0.9, "out_of_scope", 0.05, null));

        List<Reply> replies = reminderOnly.say("напомни мне в 22:30");

        assertThat(replies).isNotEmpty();
        assertThat(replies.get(0).text()).isNotEqualTo(DialogHarness.CONTENT.messages().text("dialog.fallback.unclear"));
        assertThat(reminderOnly.misses.top(1)).isEmpty();
    }

    @Test
    void recognizesTextWithoutCyrillicAsAnotherLanguage() {
        assertThat(FallbackFeature.onlyLatin("hello, how are you")).isTrue();
        assertThat(FallbackFeature.onlyLatin("привет hello")).isFalse();
        assertThat(FallbackFeature.onlyLatin("12345")).isFalse();
    }

    private static List<String> data(List<Reply> replies) {
        return replies.stream().flatMap(r -> r.buttons().stream()).map(Button::encoded).toList();
    }
}
