package ru.sleepbot.dialog.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Button;
import ru.sleepbot.content.Messages;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.dialog.Menus;

class CheckSummaryTest {

    private final CheckSummary summary = new CheckSummary(DialogHarness.CONTENT, new Menus(DialogHarness.CONTENT));
    private final Messages messages = DialogHarness.CONTENT.messages();

    @Test
    void callsHarmlessStartsLikelyWhenEveryAnswerIsNo() {
        CheckSummary.Result result = summary.summarize(answers(CheckOption.ADULT, CheckOption.FALLING_ASLEEP,
                CheckOption.NO, CheckOption.NO, CheckOption.NO, CheckOption.NO));

        assertThat(result.main()).isEqualTo(CheckFinding.SLEEP_STARTS);
        assertThat(result.reply().text()).contains(messages.text("check.finding.sleep_starts"),
                messages.text("check.see.sleep_starts"), messages.text("dialog.disclaimer"));
    }

    @Test
    void putsWarningSignsFirstWhateverElseWasAnswered() {
        CheckSummary.Result result = summary.summarize(answers(CheckOption.ADULT, CheckOption.FALLING_ASLEEP,
                CheckOption.YES, CheckOption.YES, CheckOption.NO, CheckOption.YES));

        assertThat(result.main()).isEqualTo(CheckFinding.WARNING_SIGNS);
        assertThat(result.reply().text()).contains(messages.text("check.see.warning_signs"),
                messages.text("check.also.restless_legs"), messages.text("check.also.cramps"));
    }

    @Test
    void treatsJerksByDayAsAWarningSign() {
        assertThat(summary.summarize(answers(CheckOption.ADULT, CheckOption.DAY, CheckOption.NO, CheckOption.NO,
                CheckOption.NO, CheckOption.NO)).main()).isEqualTo(CheckFinding.WARNING_SIGNS);
    }

    @Test
    void sendsAPregnantWomanWithRestlessLegsToHerOwnDoctor() {
        CheckSummary.Result result = summary.summarize(answers(CheckOption.PREGNANT, CheckOption.FALLING_ASLEEP,
                CheckOption.NO, CheckOption.SOMETIMES, CheckOption.NO, CheckOption.NO));

        assertThat(result.main()).isEqualTo(CheckFinding.RESTLESS_LEGS);
        assertThat(result.reply().text()).contains(messages.text("check.see.restless_legs.pregnant"))
                .doesNotContain(messages.text("check.see.restless_legs"));
    }

    @Test
    void sendsAChildWithBreathingPausesToThePaediatrician() {
        Map<CheckStep, CheckOption> child = answers(CheckOption.CHILD, CheckOption.NIGHT, CheckOption.NO, null,
                CheckOption.YES, CheckOption.NO);

        CheckSummary.Result result = summary.summarize(child);

        assertThat(result.main()).isEqualTo(CheckFinding.BREATHING);
        assertThat(result.reply().text()).contains(messages.text("check.see.breathing.child"));
        assertThat(result.reply().buttons()).extracting(Button::encoded).contains("tp:breathing_apnea", "tp:child_sleep");
    }

    @Test
    void givesAtMostThreeTipsAndAHintForEachDontKnow() {
        CheckSummary.Result result = summary.summarize(answers(CheckOption.ADULT, CheckOption.NIGHT, CheckOption.NO,
                CheckOption.NO, CheckOption.DONT_KNOW, CheckOption.DONT_KNOW));

        assertThat(result.reply().text().lines().filter(l -> l.startsWith("• "))).hasSizeBetween(2, 3);
        assertThat(result.reply().text()).contains(messages.text("check.unknown.breath"),
                messages.text("check.unknown.warn"));
    }

    private static Map<CheckStep, CheckOption> answers(CheckOption who, CheckOption when, CheckOption pain,
                                                       CheckOption legs, CheckOption breathing, CheckOption warning) {
        Map<CheckStep, CheckOption> answers = new EnumMap<>(CheckStep.class);
        answers.put(CheckStep.WHO, who);
        answers.put(CheckStep.WHEN, when);
        answers.put(CheckStep.PAIN, pain);
        if (legs != null) {
            answers.put(CheckStep.LEGS, legs);
        }
        answers.put(CheckStep.BREATHING, breathing);
        answers.put(CheckStep.WARNING, warning);
        return answers;
    }
}
