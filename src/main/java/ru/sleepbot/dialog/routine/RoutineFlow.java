package ru.sleepbot.dialog.routine;

import java.time.Instant;
import java.util.Objects;
import ru.sleepbot.dialog.FlowState;

/**
 * The session's mark that a routine is the open flow, so typed words ("дальше") reach the
 * routine first. Where the routine stands is kept by the player, not here: the timer moves it on
 * outside the engine's per-chat lock, so the session must not hold a copy that could go stale.
 */
record RoutineFlow(String routineId) implements FlowState {

    RoutineFlow {
        Objects.requireNonNull(routineId, "routineId");
    }

    /**
     * A routine put aside while the user asked something else; {@code at} is the turn that parked
     * it, the one whose answer gets the button back to the routine.
     */
    record Parked(String routineId, Instant at) implements FlowState {
        Parked {
            Objects.requireNonNull(routineId, "routineId");
            Objects.requireNonNull(at, "at");
        }
    }
}
