package ru.sleepbot.dialog.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.dialog.Menus;

class CheckFeatureTest {

    private final DialogHarness bot = new DialogHarness();

    @Test
    void goesOnFromTheCurrentQuestionWhenAnOlderButtonIsPressed() {
        bot.say("/check");
        bot.press("ck:who:adult");

        Reply reply = bot.press("ck:who:child").get(0);

        assertThat(reply.text()).contains(DialogHarness.CONTENT.messages().text("check.old_question"),
                DialogHarness.CONTENT.messages().text("check.question.when"));
    }

    @Test
    void startsAgainFromTheFirstQuestionOnCheck() {
        bot.say("/check");
        bot.press("ck:who:adult");

        Reply reply = bot.say("/check").get(0);

        assertThat(reply.buttons()).extracting(Button::encoded).containsExactly("ck:who:adult", "ck:who:child",
                "ck:who:pregnant");
    }

    @Test
    void answersAFollowUpAboutWhatTheSummaryFound() {
        bot.say("/check");
        for (String data : List.of("ck:who:adult", "ck:when:asleep", "ck:pain:yes", "ck:legs:no", "ck:breath:no",
                "ck:warn:no")) {
            bot.press(data);
        }

        assertThat(bot.say("а это опасно?").get(0).text()).contains("Одиночная судорога");
    }

    @Test
    void fitsEverySummaryIntoOneTelegramMessage() {
        CheckSummary summary = new CheckSummary(DialogHarness.CONTENT, new Menus(DialogHarness.CONTENT));
        List<Map<CheckStep, CheckOption>> all = new ArrayList<>();
        all.add(new EnumMap<>(CheckStep.class));
        for (CheckStep step : CheckStep.values()) {
            List<Map<CheckStep, CheckOption>> next = new ArrayList<>();
            for (Map<CheckStep, CheckOption> partial : all) {
                for (CheckOption option : step.options()) {
                    Map<CheckStep, CheckOption> more = new EnumMap<>(partial);
                    more.put(step, option);
                    next.add(more);
                }
            }
            all = next;
        }

        assertThat(all).hasSize(3 * 3 * 4 * 4 * 4 * 3);
        for (Map<CheckStep, CheckOption> answers : all) {
            String text = summary.summarize(answers).reply().text();
            assertThat(text.length()).as("summary for %s", answers).isLessThanOrEqualTo(4096);
            assertThat(count(text, "<b>")).as("balanced bold in %s", answers).isEqualTo(count(text, "</b>"));
        }
    }

    private static int count(String text, String tag) {
        return text.split(java.util.regex.Pattern.quote(tag), -1).length - 1;
    }
}
