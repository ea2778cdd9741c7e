package ru.sleepbot.routine;

import java.time.Duration;
import java.util.Objects;
import ru.sleepbot.content.Routine;
import ru.sleepbot.content.RoutineStep;

/**
 * Where one chat stands in a routine after a change.
 *
 * @param step      index of the current step (for FINISHED and STOPPED: the step it ended on)
 * @param timed     the bot moves on by itself after each step's duration
 * @param untilNext time left before the bot moves on (held while paused); zero when not timed
 */
public record Progress(long chatId, Routine routine, int step, Status status, boolean timed, Duration untilNext) {

    /** STEP: a step is being done; PAUSED: held by the user; FINISHED: past the last step; STOPPED: left early. */
    public enum Status { STEP, PAUSED, FINISHED, STOPPED }

    public Progress {
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(untilNext, "untilNext");
        if (step < 0 || step >= routine.steps().size()) {
            throw new IllegalArgumentException("step " + step + " is outside routine " + routine.id()
                    + " of " + routine.steps().size() + " steps");
        }
        if (untilNext.isNegative()) {
            throw new IllegalArgumentException("time until the next step is negative: " + untilNext);
        }
    }

    public RoutineStep currentStep() {
        return routine.steps().get(step);
    }

    /** The step's number as people count, from 1. */
    public int number() {
        return step + 1;
    }

    public int total() {
        return routine.steps().size();
    }

    public boolean last() {
        return step == routine.steps().size() - 1;
    }
}
