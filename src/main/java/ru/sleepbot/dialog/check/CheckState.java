package ru.sleepbot.dialog.check;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ru.sleepbot.dialog.FlowState;

/**
 * Where a user is in the symptom check: the question on screen and the answers so far.
 * {@link #answer} holds every transition of the check, so the order of questions lives here only.
 */
record CheckState(CheckStep step, Map<CheckStep, CheckOption> answers, boolean askAgain) implements FlowState {

    /** @param askAgain a side question is being answered: the question on screen comes again after it */
    CheckState {
        Objects.requireNonNull(step, "step");
        answers = Map.copyOf(answers);
        if (answers.containsKey(step)) {
            throw new IllegalArgumentException("step " + step + " is already answered");
        }
    }

    CheckState(CheckStep step, Map<CheckStep, CheckOption> answers) {
        this(step, answers, false);
    }

    /** The same question, to be asked again once the side question is answered (or not). */
    CheckState askingAgain(boolean value) {
        return new CheckState(step, answers, value);
    }

    static CheckState start() {
        return new CheckState(CheckStep.WHO, Map.of());
    }

    /** The state after answering the question on screen, or empty when that was the last one. */
    Optional<CheckState> answer(CheckOption option) {
        if (!step.options().contains(option)) {
            throw new IllegalArgumentException(option + " is not an answer to " + step);
        }
        Map<CheckStep, CheckOption> next = new EnumMap<>(CheckStep.class);
        next.putAll(answers);
        next.put(step, option);
        return after(step, next).map(s -> new CheckState(s, next));
    }

    /** All answers including one to the last question, for the summary. */
    Map<CheckStep, CheckOption> answersWith(CheckOption last) {
        Map<CheckStep, CheckOption> all = new EnumMap<>(CheckStep.class);
        all.putAll(answers);
        all.put(step, last);
        return all;
    }

    private static Optional<CheckStep> after(CheckStep step, Map<CheckStep, CheckOption> answers) {
        switch (step) {
            case WHO:
                return Optional.of(CheckStep.WHEN);
            case WHEN:
                return Optional.of(CheckStep.PAIN);
            case PAIN:
                return Optional.of(CheckStep.LEGS);
            case LEGS:
                return Optional.of(CheckStep.BREATHING);
            case BREATHING:
                return Optional.of(CheckStep.WARNING);
            case WARNING:
                return Optional.empty();
            default:
                throw new IllegalStateException("no transition after " + step);
        }
    }
}
