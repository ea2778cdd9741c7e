package ru.sleepbot.dialog.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckStateTest {

    @Test
    void asksSixQuestionsOfAnAdult() {
        assertThat(stepsAnswering(CheckOption.ADULT)).containsExactly(CheckStep.WHO, CheckStep.WHEN, CheckStep.PAIN,
                CheckStep.LEGS, CheckStep.BREATHING, CheckStep.WARNING);
    }

    @Test
    void asksAChildsParentEveryQuestionToo() {
        assertThat(stepsAnswering(CheckOption.CHILD)).containsExactly(CheckStep.WHO, CheckStep.WHEN, CheckStep.PAIN,
                CheckStep.LEGS, CheckStep.BREATHING, CheckStep.WARNING);
    }

    @Test
    void refusesAnAnswerThatDoesNotFitTheQuestion() {
        assertThatThrownBy(() -> CheckState.start().answer(CheckOption.YES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsEveryAnswerForTheSummary() {
        CheckState last = new CheckState(CheckStep.WARNING,
                java.util.Map.of(CheckStep.WHO, CheckOption.PREGNANT, CheckStep.LEGS, CheckOption.YES));

        assertThat(last.answer(CheckOption.NO)).isEmpty();
        assertThat(last.answersWith(CheckOption.NO)).containsEntry(CheckStep.WHO, CheckOption.PREGNANT)
                .containsEntry(CheckStep.WARNING, CheckOption.NO).hasSize(3);
    }

    private static List<CheckStep> stepsAnswering(CheckOption who) {
        List<CheckStep> steps = new ArrayList<>();
        Optional<CheckState> state = Optional.of(CheckState.start());
        while (state.isPresent()) {
            CheckStep step = state.get().step();
            steps.add(step);
            state = state.get().answer(step == CheckStep.WHO ? who : step.options().get(0));
        }
        return steps;
    }
}
